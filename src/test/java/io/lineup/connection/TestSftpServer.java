package io.lineup.connection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.List;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/** A real SFTP server (Apache MINA SSHD) on a free port, serving one folder to one user. */
public final class TestSftpServer implements AutoCloseable {

  public static final String USER = "lineup";
  public static final String PASSWORD = "s3cret-pass";

  private final SshServer server;
  private final Path root;
  private final KeyPair userKey;

  public TestSftpServer() {
    try {
      root = Files.createTempDirectory("sftp-root");
      userKey = KeyUtils.generateKeyPair("ssh-rsa", 2048);
      server = SshServer.setUpDefaultServer();
      server.setHost("127.0.0.1");
      server.setPort(0);
      server.setKeyPairProvider(KeyPairProvider.wrap(KeyUtils.generateKeyPair("ssh-rsa", 2048)));
      server.setPasswordAuthenticator(
          (user, password, session) -> USER.equals(user) && PASSWORD.equals(password));
      server.setPublickeyAuthenticator(
          (user, key, session) ->
              USER.equals(user) && KeyUtils.compareKeys(key, userKey.getPublic()));
      server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
      server.setFileSystemFactory(new VirtualFileSystemFactory(root));
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public int port() {
    return server.getPort();
  }

  public Path root() {
    return root;
  }

  /** The user's private key in OpenSSH format, as a user pastes it into a connection. */
  public String userPrivateKey() {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(userKey, "lineup", null, out);
      return out.toString(StandardCharsets.US_ASCII);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The fingerprint of the host key the server offers now. */
  public String hostKey() {
    try {
      return KeyUtils.getFingerPrint(
          server.getKeyPairProvider().loadKeys(null).iterator().next().getPublic());
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The server starts offering a new host key, as after a reinstall (or an impostor). */
  public void changeHostKey() {
    try {
      server.setKeyPairProvider(KeyPairProvider.wrap(KeyUtils.generateKeyPair("ssh-rsa", 2048)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public Path write(String path, String content) {
    try {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      return Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      server.stop(true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
