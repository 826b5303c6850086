package io.lineup.support;

import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

  public static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

  @Bean
  @Primary
  MutableClock testClock() {
    return new MutableClock(START);
  }
}
