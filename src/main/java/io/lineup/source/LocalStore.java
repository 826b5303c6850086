package io.lineup.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files under the drop root. */
final class LocalStore implements FileStore {

  private final DropRoot root;

  LocalStore(DropRoot root) {
    this.root = root;
  }

  @Override
  public String where() {
    return "the drop root";
  }

  @Override
  public boolean exists(String path) {
    return Files.isRegularFile(root.resolve(path));
  }

  @Override
  public long size(String path) throws IOException {
    return Files.size(root.resolve(path));
  }

  @Override
  public InputStream open(String path) throws IOException {
    return Files.newInputStream(root.resolve(path));
  }

  @Override
  public void archive(String path, String stamp) throws IOException {
    Path file = root.resolve(path);
    Path folder = file.resolveSibling("archive");
    Files.createDirectories(folder);
    if (!folder.toRealPath().startsWith(root.root())) {
      throw new IOException("The archive folder " + folder + " leaves the drop root");
    }
    Files.move(file, folder.resolve(stamp + "_" + file.getFileName()));
  }

  @Override
  public void delete(String path) throws IOException {
    Files.deleteIfExists(root.resolve(path));
  }

  @Override
  public void close() {}
}
