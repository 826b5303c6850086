package io.lineup.job;

/**
 * Where the file comes from and what happens to it after the run.
 *
 * @param path relative to the drop root for LOCAL; a remote path for SFTP. May carry date tokens,
 *     {@code contacts_{yyyyMMdd}.csv}, resolved at the run's start in {@code zone}
 * @param connectionId the saved SFTP connection, for SFTP only
 * @param archive after a successful run, move the file to an {@code archive} folder beside it, its
 *     name prefixed with the run's timestamp
 * @param deleteOnSuccess after a successful run, delete the file (when it is not archived)
 * @param zone the time zone date tokens are resolved in; UTC when left out
 */
public record Source(
    SourceType type,
    String path,
    Long connectionId,
    boolean archive,
    boolean deleteOnSuccess,
    String zone) {

  public Source(
      SourceType type, String path, Long connectionId, boolean archive, boolean deleteOnSuccess) {
    this(type, path, connectionId, archive, deleteOnSuccess, null);
  }
}
