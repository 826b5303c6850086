package io.lineup.source;

import io.lineup.connection.ConnectionService;
import io.lineup.job.Source;
import io.lineup.job.SourceType;
import org.springframework.stereotype.Component;

/** Opens the store a job's source names. */
@Component
public class FileStores {

  private final DropRoot dropRoot;
  private final ConnectionService connections;

  FileStores(DropRoot dropRoot, ConnectionService connections) {
    this.dropRoot = dropRoot;
    this.connections = connections;
  }

  public FileStore open(Source source) {
    if (source.type() == SourceType.SFTP) {
      return new SftpStore(connections.open(source.connectionId()));
    }
    return new LocalStore(dropRoot);
  }
}
