package io.lineup.job;

/**
 * Where the file comes from and what happens to it after the run.
 *
 * @param path relative to the drop root for LOCAL; a remote path for SFTP
 * @param connectionId the saved SFTP connection, for SFTP only
 */
public record Source(
    SourceType type, String path, Long connectionId, boolean archive, boolean deleteOnSuccess) {}
