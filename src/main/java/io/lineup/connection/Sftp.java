package io.lineup.connection;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.channels.InterruptedByTimeoutException;
import java.security.PublicKey;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;

/**
 * One SFTP session on a saved connection: the server must offer the pinned host key, and every
 * network wait is bounded by the connection's timeouts. Close it to end the session.
 */
public final class Sftp implements AutoCloseable {

  private final SshClient client;
  private final ClientSession session;
  private final SftpClient sftp;
  private final SftpLogin login;
  private final String offeredKey;
  private final AtomicReference<Throwable> lost;

  private Sftp(
      SshClient client,
      ClientSession session,
      SftpClient sftp,
      SftpLogin login,
      String offeredKey,
      AtomicReference<Throwable> lost) {
    this.client = client;
    this.session = session;
    this.sftp = sftp;
    this.login = login;
    this.offeredKey = offeredKey;
    this.lost = lost;
  }

  /**
   * Opens a session. With no pinned key any key is accepted (and reported by {@link
   * #offeredHostKey()}, to be pinned); with one, another key fails before logging in.
   */
  public static Sftp open(SftpLogin login) {
    SshClient client = SshClient.setUpDefaultClient();
    CoreModuleProperties.IO_CONNECT_TIMEOUT.set(client, login.connectTimeout());
    // the waits below give up first, with a timeout the message can name; this only closes the
    // session should they not
    CoreModuleProperties.AUTH_TIMEOUT.set(client, login.connectTimeout().plusSeconds(5));
    CoreModuleProperties.NIO2_READ_TIMEOUT.set(client, login.readTimeout());
    // While the import is busy with the database it reads nothing, and the server has nothing
    // to send: keepalives that want a reply keep the read timeout for a silent server only
    Duration beat = login.readTimeout().dividedBy(3);
    CoreModuleProperties.HEARTBEAT_INTERVAL.set(
        client, beat.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : beat);
    CoreModuleProperties.HEARTBEAT_REQUEST.set(client, "keepalive@openssh.com");
    CoreModuleProperties.HEARTBEAT_REPLY_WAIT.set(client, login.readTimeout());
    AtomicReference<String> offered = new AtomicReference<>();
    client.setServerKeyVerifier(
        (session, address, key) -> {
          offered.set(fingerprint(key));
          return login.hostKey() == null || login.hostKey().equals(offered.get());
        });
    AtomicReference<Throwable> lost = new AtomicReference<>();
    client.addSessionListener(
        new SessionListener() {
          @Override
          public void sessionException(Session session, Throwable t) {
            lost.compareAndSet(null, t);
          }
        });
    client.start();
    ClientSession session = null;
    try {
      session =
          client
              .connect(login.username(), login.host(), login.port())
              .verify(login.connectTimeout())
              .getSession();
      if (login.auth() == Auth.PASSWORD) {
        session.addPasswordIdentity(login.secret());
      } else {
        for (var pair :
            SecurityUtils.loadKeyPairIdentities(
                null, () -> "private key", stream(login.secret()), null)) {
          session.addPublicKeyIdentity(pair);
        }
      }
      try {
        session.auth().verify(login.connectTimeout());
      } catch (IOException e) {
        hostKeyChanged(login, offered.get());
        if (timedOut(e)) {
          throw e;
        }
        throw new SftpException(
            "Login to " + login + " failed: " + reason(e) + " (check the user and its secret)");
      }
      SftpClient sftp = SftpClientFactory.instance().createSftpClient(session);
      return new Sftp(client, session, sftp, login, offered.get(), lost);
    } catch (IOException | java.security.GeneralSecurityException e) {
      close(client, session);
      hostKeyChanged(login, offered.get());
      if (timedOut(e)) {
        throw new SftpException(
            "The server at "
                + login.host()
                + ":"
                + login.port()
                + " did not answer within "
                + login.connectTimeout().toSeconds()
                + " s (the connection's connect timeout)",
            e);
      }
      throw new SftpException("Cannot connect to " + login + ": " + reason(e), e);
    } catch (RuntimeException e) {
      close(client, session);
      throw e;
    }
  }

  private static void hostKeyChanged(SftpLogin login, String offered) {
    if (login.hostKey() != null && offered != null && !login.hostKey().equals(offered)) {
      throw new SftpException(hostKeyChanged(login, login.hostKey(), offered));
    }
  }

  static String hostKeyChanged(SftpLogin login, String pinned, String offered) {
    return "The host key of "
        + login.host()
        + ":"
        + login.port()
        + " has changed: the connection pins "
        + pinned
        + " but the server offered "
        + offered
        + ". If the change is expected, save the new key on the connection (or clear it: the"
        + " next session pins the key offered).";
  }

  /** {@code user@host:port}, for messages. */
  public String address() {
    return login.toString();
  }

  public String offeredHostKey() {
    return offeredKey;
  }

  /**
   * The remote file as a stream. When nothing comes from the server for the read timeout, the
   * session is closed and the read fails saying so.
   */
  public InputStream read(String path) throws IOException {
    return new FilterInputStream(sftp.read(path, 64 * 1024)) {
      @Override
      public int read() throws IOException {
        try {
          return super.read();
        } catch (IOException e) {
          throw lostOr(e);
        }
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        try {
          return super.read(b, off, len);
        } catch (IOException e) {
          throw lostOr(e);
        }
      }
    };
  }

  private IOException lostOr(IOException e) {
    Throwable cause = lost.get();
    if (cause != null && timedOut(cause)) {
      return new IOException(
          "the SFTP server "
              + login
              + " stopped answering: nothing came for "
              + login.readTimeout().toSeconds()
              + " s (the connection's read timeout)",
          e);
    }
    return e;
  }

  /** A wait gave up: the causes hold a timeout (of a future, of a socket read, of a keepalive). */
  private static boolean timedOut(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TimeoutException
          || t instanceof InterruptedByTimeoutException
          || t instanceof SocketTimeoutException) {
        return true;
      }
    }
    return false;
  }

  public long size(String path) throws IOException {
    return sftp.stat(path).getSize();
  }

  public boolean exists(String path) {
    try {
      sftp.stat(path);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  public void rename(String from, String to) throws IOException {
    sftp.rename(from, to);
  }

  public void mkdirs(String folder) throws IOException {
    if (folder.isEmpty() || exists(folder)) {
      return;
    }
    int slash = folder.lastIndexOf('/');
    if (slash > 0) {
      mkdirs(folder.substring(0, slash));
    }
    sftp.mkdir(folder);
  }

  public void remove(String path) throws IOException {
    sftp.remove(path);
  }

  static String fingerprint(PublicKey key) {
    return KeyUtils.getFingerPrint(key);
  }

  @Override
  public void close() {
    try {
      sftp.close();
    } catch (IOException e) {
      // the run's outcome is already decided; a session that does not close cleanly changes
      // nothing
    } finally {
      close(client, session);
    }
  }

  private static void close(SshClient client, ClientSession session) {
    try {
      if (session != null) {
        session.close(true);
      }
    } finally {
      client.stop();
    }
  }

  /** The network's own words where there are some: MINA's wrap them in its future's name. */
  private static String reason(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.net.UnknownHostException) {
        return "unknown host " + t.getMessage();
      }
      if (t instanceof java.net.SocketException && t.getMessage() != null) {
        return t.getMessage().toLowerCase(java.util.Locale.ROOT);
      }
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static InputStream stream(String text) {
    return new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
