package io.lineup.db;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DialectConfiguration {

  @Bean
  Dialect dialect(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return Dialect.fromProductName(connection.getMetaData().getDatabaseProductName());
    }
  }
}
