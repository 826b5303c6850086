package io.lineup.source;

import java.io.IOException;
import java.io.InputStream;

/** The place a job's files are, open for one run: the drop root or an SFTP session. */
public interface FileStore extends AutoCloseable {

  /** Where the files are, for messages: "the drop root", "sftp://user@host:22". */
  String where();

  boolean exists(String path);

  long size(String path) throws IOException;

  InputStream open(String path) throws IOException;

  /** Moves the file to the folder {@code archive} beside it, named {@code stamp_name}. */
  void archive(String path, String stamp) throws IOException;

  void delete(String path) throws IOException;

  @Override
  void close();
}
