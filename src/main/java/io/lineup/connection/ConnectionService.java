package io.lineup.connection;

import io.lineup.common.Errors;
import io.lineup.common.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Saved SFTP connections: checked, sealed, tested. */
@Service
public class ConnectionService {

  static final int DEFAULT_CONNECT_TIMEOUT = 10;
  static final int DEFAULT_READ_TIMEOUT = 60;
  private static final Pattern FINGERPRINT = Pattern.compile("SHA256:[A-Za-z0-9+/]{43}=?");

  private final ConnectionRepository repository;
  private final SecretBox secrets;
  private final Clock clock;
  private final TransactionTemplate apart;

  ConnectionService(
      ConnectionRepository repository,
      SecretBox secrets,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.repository = repository;
    this.secrets = secrets;
    this.clock = clock;
    // a pin is its own change: it must not wait for, or go with, a caller's transaction
    this.apart = new TransactionTemplate(transactions);
    this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public List<Connection> list() {
    return repository.findAll();
  }

  public Connection get(long id) {
    return row(id).connection();
  }

  @Transactional
  public Connection create(ConnectionRequest request) {
    Connection c = check(request, null);
    long id = repository.insert(c, secrets.seal(secret(request)), clock.instant());
    return get(id);
  }

  @Transactional
  public Connection update(long id, ConnectionRequest request) {
    ConnectionRepository.Row saved = row(id);
    Connection c = check(request, saved.connection());
    String secret = secret(request);
    String sealed =
        secret == null || secret.isEmpty() ? saved.sealedSecret() : secrets.seal(secret);
    repository.update(id, c, sealed, clock.instant());
    return get(id);
  }

  @Transactional
  public void delete(long id) {
    row(id);
    repository.delete(id);
  }

  /** Logs in and reports the server's key; with no key pinned yet, pins the one offered. */
  public TestResult test(long id) {
    boolean pinned = row(id).connection().hostKey() != null;
    try (Sftp sftp = open(id)) {
      return new TestResult(
          true, sftp.offeredHostKey(), pinned ? "Logged in" : "Logged in; host key pinned");
    } catch (SftpException | SecretBox.SecretKeyException e) {
      return new TestResult(false, null, e.getMessage());
    }
  }

  /**
   * Opens a session on the connection. A connection with no pinned key yet trusts the key its
   * server offers the first time and pins it, in its own transaction; a session that saw another
   * key than the one pinned at the same moment by someone else fails as a changed key.
   */
  public Sftp open(long id) {
    SftpLogin login = login(id);
    Sftp sftp = Sftp.open(login);
    if (login.hostKey() == null) {
      try {
        String offered = sftp.offeredHostKey();
        String pinned =
            apart.execute(
                tx -> {
                  repository.pinHostKey(id, offered);
                  return row(id).connection().hostKey();
                });
        if (!offered.equals(pinned)) {
          throw new SftpException(Sftp.hostKeyChanged(login, pinned, offered));
        }
      } catch (RuntimeException e) {
        sftp.close();
        throw e;
      }
    }
    return sftp;
  }

  /** What a session needs, secret decrypted. */
  private SftpLogin login(long id) {
    ConnectionRepository.Row row = row(id);
    Connection c = row.connection();
    return new SftpLogin(
        c.host(),
        c.port(),
        c.username(),
        c.auth(),
        secrets.open(row.sealedSecret()),
        c.hostKey(),
        Duration.ofSeconds(c.connectTimeoutSeconds()),
        Duration.ofSeconds(c.readTimeoutSeconds()));
  }

  public boolean exists(long id) {
    return repository.find(id).isPresent();
  }

  private ConnectionRepository.Row row(long id) {
    return repository.find(id).orElseThrow(() -> new NotFoundException("connection", id));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static String secret(ConnectionRequest r) {
    return r.privateKey() != null && !r.privateKey().isEmpty() ? r.privateKey() : r.password();
  }

  /**
   * The connection to save, with defaults; throws with every problem found. On update a {@code
   * hostKey} left out keeps the pinned key: only an empty one forgets it (the next session pins
   * what the server offers) and only a fingerprint replaces it.
   */
  private Connection check(ConnectionRequest r, Connection saved) {
    Errors errors = new Errors();
    errors.require(r.name() != null && !r.name().isBlank(), "name", "is required");
    errors.require(
        r.host() != null && r.host().matches("[A-Za-z0-9.:\\-\\[\\]]{1,255}"),
        "host",
        "is required: a host name or an IP address");
    int port = r.port() == null ? 22 : r.port();
    errors.require(port >= 1 && port <= 65535, "port", "must be between 1 and 65535");
    errors.require(r.username() != null && !r.username().isBlank(), "username", "is required");
    boolean password = r.password() != null && !r.password().isEmpty();
    boolean key = r.privateKey() != null && !r.privateKey().isEmpty();
    errors.require(!(password && key), "privateKey", "give a password or a private key, not both");
    errors.require(
        password || key || saved != null, "password", "give a password or a private key");
    errors.require(
        r.hostKey() == null || r.hostKey().isBlank() || FINGERPRINT.matcher(r.hostKey()).matches(),
        "hostKey",
        "must be a SHA256 fingerprint like the one 'ssh-keygen -lf' prints (SHA256:...)");
    int connect =
        r.connectTimeoutSeconds() == null ? DEFAULT_CONNECT_TIMEOUT : r.connectTimeoutSeconds();
    int read = r.readTimeoutSeconds() == null ? DEFAULT_READ_TIMEOUT : r.readTimeoutSeconds();
    errors.require(connect >= 1 && connect <= 600, "connectTimeoutSeconds", "must be 1 to 600");
    errors.require(read >= 1 && read <= 3600, "readTimeoutSeconds", "must be 1 to 3600");
    errors.require(secrets.configured(), "password", SecretBox.NO_KEY);
    errors.throwIfAny();
    Auth auth = key ? Auth.PRIVATE_KEY : password || saved == null ? Auth.PASSWORD : saved.auth();
    return new Connection(
        null,
        r.name(),
        r.host(),
        port,
        r.username(),
        auth,
        r.hostKey() == null && saved != null ? saved.hostKey() : blankToNull(r.hostKey()),
        connect,
        read,
        null,
        null);
  }

  /** The outcome of {@code POST /connections/{id}/test}. */
  public record TestResult(boolean ok, String hostKey, String message) {}
}
