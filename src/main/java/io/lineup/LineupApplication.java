package io.lineup;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LineupApplication {

  public static void main(String[] args) {
    SpringApplication.run(LineupApplication.class, args);
  }
}
