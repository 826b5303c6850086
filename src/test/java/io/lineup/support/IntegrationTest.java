package io.lineup.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port, on an H2 file database in a temporary folder. Every test
 * class that extends it shares one Spring context; tests keep apart by using unique names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
public abstract class IntegrationTest {

  protected static final Path DATA_DIR = temporaryFolder();
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @LocalServerPort private int port;
  @Autowired protected JdbcClient jdbc;
  @Autowired protected MutableClock clock;

  private Api api;

  @DynamicPropertySource
  static void lineupProperties(DynamicPropertyRegistry registry) {
    registry.add("lineup.data-dir", DATA_DIR::toString);
    registry.add("lineup.drop-root", () -> DATA_DIR.resolve("files").toString());
    registry.add("lineup.node-name", () -> "test-node");
    registry.add("lineup.secret-key", () -> "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
    registry.add("db-scheduler.polling-interval", () -> "200ms");
  }

  protected Api api() {
    if (api == null) {
      api = new Api(port);
    }
    return api;
  }

  /** A name no other test uses: {@code CONTACTS} becomes {@code CONTACTS_17}. */
  protected static String unique(String name) {
    return name + "_" + SEQUENCE.incrementAndGet();
  }

  /** Writes a file into the drop root and returns its path relative to it. */
  protected static String dropFile(String name, String content) {
    Path file = DATA_DIR.resolve("files").resolve(name);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return name;
  }

  protected static void deleteDropFile(String name) {
    try {
      Files.deleteIfExists(DATA_DIR.resolve("files").resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("lineup-test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
