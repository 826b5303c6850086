package io.lineup;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Lineup's own settings ({@code lineup.*}, or {@code LINEUP_*} in the environment).
 *
 * @param dataDir where the embedded H2 database lives
 * @param dropRoot the only folder LOCAL import jobs may read from
 * @param importChunkSize records between two cancel checks; on H2 also records looked up and merged
 *     per database round trip
 * @param nodeName this node's name among the nodes sharing a database; must be unique (defaults to
 *     the host name)
 */
@ConfigurationProperties("lineup")
public record LineupProperties(
    @DefaultValue("./data") Path dataDir,
    @DefaultValue("./data/files") Path dropRoot,
    @DefaultValue("1000") int importChunkSize,
    String nodeName) {

  public LineupProperties {
    if (nodeName == null || nodeName.isBlank()) {
      nodeName = hostName();
    }
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "lineup";
    }
  }
}
