package io.lineup.run;

import io.lineup.LineupProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At start-up, before the scheduler runs, takes back the executions this node held when it stopped.
 * They run again at once instead of waiting for the heartbeat timeout that other nodes use to
 * detect a dead node. Node names must be unique for this to be safe.
 */
@Component
@DependsOnDatabaseInitialization
class NodeRecovery implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(NodeRecovery.class);

  private final JdbcClient jdbc;
  private final String nodeName;

  NodeRecovery(JdbcClient jdbc, LineupProperties properties) {
    this.jdbc = jdbc;
    this.nodeName = properties.nodeName();
  }

  @Override
  public void afterPropertiesSet() {
    int released = releaseOwnExecutions();
    if (released > 0) {
      log.info(
          "Resuming {} run execution(s) that node {} held when it stopped", released, nodeName);
    }
  }

  int releaseOwnExecutions() {
    return jdbc.sql(
            """
            UPDATE lineup_scheduled_tasks
            SET picked = FALSE, picked_by = NULL, last_heartbeat = NULL, version = version + 1
            WHERE picked = TRUE AND picked_by = ?""")
        .param(nodeName)
        .update();
  }
}
