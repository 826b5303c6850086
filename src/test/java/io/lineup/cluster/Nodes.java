package io.lineup.cluster;

import io.lineup.LineupApplication;
import io.lineup.support.Api;
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
import java.util.LinkedHashMap;
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

  static final String ADMIN_PASSWORD = "cluster-admin-password";

  private Nodes() {}

  /** The API of the node on {@code port}, signed in as its first-start admin. */
  static Api api(int port) {
    return new Api(port, null).withBasic("admin", ADMIN_PASSWORD);
  }

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
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("lineup.node-name", node);
    settings.put("spring.datasource.url", url);
    settings.put("spring.datasource.username", "postgres");
    settings.put("spring.datasource.password", "postgres");
    settings.put("lineup.data-dir", temporaryFolder().toString());
    settings.put("lineup.drop-root", dropRoot.toString());
    settings.put("spring.main.banner-mode", "off");
    settings.put("db-scheduler.polling-interval", "100ms");
    settings.put("lineup.admin-password", ADMIN_PASSWORD);
    settings.putAll(extra);
    List<String> list = new ArrayList<>();
    settings.forEach((k, v) -> list.add(k + "=" + v));
    return list;
  }

  /**
   * A node in this JVM, on port 0. Its clock is a settable test clock of its own, starting at
   * {@link TestClockConfiguration#START}.
   */
  static ConfigurableApplicationContext start(
      String node, String url, Path dropRoot, Map<String, String> extra) {
    return start(node, url, dropRoot, extra, LineupApplication.class, TestClockConfiguration.class);
  }

  /** A node in this JVM, on port 0, made of the given sources (its clock: the system's). */
  static ConfigurableApplicationContext start(
      String node, String url, Path dropRoot, Map<String, String> extra, Class<?>... sources) {
    List<String> args = new ArrayList<>();
    args.add("--server.port=0");
    settings(node, url, dropRoot, extra).forEach(s -> args.add("--" + s));
    return new SpringApplicationBuilder(sources).run(args.toArray(String[]::new));
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
