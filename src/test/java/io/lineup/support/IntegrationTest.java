package io.lineup.support;

import io.lineup.security.Role;
import io.lineup.security.TokenService;
import io.lineup.security.UserRequest;
import io.lineup.security.UserService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
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

  /** The password of the {@code admin} created at first start, in tests. */
  protected static final String ADMIN_PASSWORD = "admin-password-for-tests";

  private static final Map<Integer, String> ADMIN_TOKENS = new ConcurrentHashMap<>();

  @LocalServerPort private int port;
  @Autowired protected JdbcClient jdbc;
  @Autowired protected MutableClock clock;
  @Autowired private TokenService tokens;
  @Autowired private UserService users;

  private Api api;

  static {
    // a 2-core CI machine running imports, mail and the scheduler can take more than 10 s
    Awaitility.setDefaultTimeout(Duration.ofSeconds(30));
  }

  @DynamicPropertySource
  static void lineupProperties(DynamicPropertyRegistry registry) {
    registry.add("lineup.data-dir", DATA_DIR::toString);
    registry.add("lineup.drop-root", () -> DATA_DIR.resolve("files").toString());
    registry.add("lineup.node-name", () -> "test-node");
    registry.add("lineup.secret-key", () -> "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
    registry.add("db-scheduler.polling-interval", () -> "200ms");
    // tests move the scheduler's clock by hours: an execution running across such a jump must not
    // be taken for the work of a dead node and started a second time
    registry.add("db-scheduler.missed-heartbeats-limit", () -> "1000000");
    registry.add("lineup.admin-password", () -> ADMIN_PASSWORD);
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", Smtp::port);
  }

  /** The API, signed in as the first-start {@code admin} with a personal API token. */
  protected Api api() {
    if (api == null) {
      api =
          new Api(
              port,
              ADMIN_TOKENS.computeIfAbsent(port, p -> tokens.create("admin", "tests").token()));
    }
    return api;
  }

  /** A new user with {@code role} and a token of theirs. */
  protected String tokenOfANew(Role role) {
    String username = unique(role.name().toLowerCase(java.util.Locale.ROOT));
    users.create(new UserRequest(username, "a-long-password-" + username, role));
    return tokens.create(username, "test").token();
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
