package io.lineup.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the application at the JVM's embedded PostgreSQL. */
public class PostgresInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestPropertyValues.of(
            "spring.datasource.url=" + EmbeddedPostgresHolder.jdbcUrl(),
            "spring.datasource.username=postgres",
            "spring.datasource.password=postgres")
        .applyTo(context);
  }
}
