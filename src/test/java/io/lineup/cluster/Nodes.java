package io.lineup.cluster;

import io.lineup.LineupApplication;
import io.lineup.support.EmbeddedPostgresHolder;
import io.lineup.support.TestClockConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Lineup nodes for cluster tests: each a whole application on a database of its own in the JVM's
 * embedded PostgreSQL, apart from the database the shared test contexts use.
 */
final class Nodes {

  private Nodes() {}

  /** A fresh, empty database; returns its JDBC URL. */
  static String database(String name) {
    String url = EmbeddedPostgresHolder.jdbcUrl();
    try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
      c.createStatement().execute("DROP DATABASE IF EXISTS " + name);
      c.createStatement().execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    Matcher port = Pattern.compile("localhost:(\\d+)/").matcher(url);
    if (!port.find()) {
      throw new IllegalStateException("No port in " + url);
    }
    return "jdbc:postgresql://localhost:" + port.group(1) + "/" + name;
  }

  /** The settings every node gets: its name, the database, the shared drop root. */
  static List<String> settings(String node, String url, Path dropRoot, Map<String, String> extra) {
    List<String> settings = new ArrayList<>();
    settings.add("lineup.node-name=" + node);
    settings.add("spring.datasource.url=" + url);
    settings.add("spring.datasource.username=postgres");
    settings.add("spring.datasource.password=postgres");
    settings.add("lineup.data-dir=" + temporaryFolder());
    settings.add("lineup.drop-root=" + dropRoot);
    settings.add("spring.main.banner-mode=off");
    settings.add("db-scheduler.polling-interval=100ms");
    extra.forEach((k, v) -> settings.add(k + "=" + v));
    return settings;
  }

  /**
   * A node in this JVM, on port 0. Its clock is a settable test clock of its own, starting at
   * {@link TestClockConfiguration#START}.
   */
  static ConfigurableApplicationContext start(
      String node, String url, Path dropRoot, Map<String, String> extra) {
    List<String> args = new ArrayList<>();
    args.add("--server.port=0");
    settings(node, url, dropRoot, extra).forEach(s -> args.add("--" + s));
    return new SpringApplicationBuilder(LineupApplication.class, TestClockConfiguration.class)
        .run(args.toArray(String[]::new));
  }

  static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("lineup-node");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
