package io.lineup.source;

import io.lineup.connection.Sftp;
import java.io.IOException;
import java.io.InputStream;

/** Files on an SFTP server, over one session for the whole run. */
final class SftpStore implements FileStore {

  private final Sftp sftp;

  SftpStore(Sftp sftp) {
    this.sftp = sftp;
  }

  @Override
  public String where() {
    return "sftp://" + sftp.address();
  }

  @Override
  public boolean exists(String path) {
    return sftp.exists(path);
  }

  @Override
  public long size(String path) throws IOException {
    return sftp.size(path);
  }

  @Override
  public InputStream open(String path) throws IOException {
    return sftp.read(path);
  }

  @Override
  public void archive(String path, String stamp) throws IOException {
    int slash = path.lastIndexOf('/');
    String folder = slash < 0 ? "archive" : path.substring(0, slash) + "/archive";
    sftp.mkdirs(folder);
    sftp.rename(path, folder + "/" + stamp + "_" + path.substring(slash + 1));
  }

  @Override
  public void delete(String path) throws IOException {
    sftp.remove(path);
  }

  @Override
  public void close() {
    sftp.close();
  }
}
