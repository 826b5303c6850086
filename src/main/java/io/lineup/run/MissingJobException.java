package io.lineup.run;

import io.lineup.common.LineupException;

/** The job a run was for has been deleted since the run was queued. */
class MissingJobException extends LineupException {

  MissingJobException(long jobId, String jobName) {
    super("Job '" + jobName + "' (" + jobId + ") no longer exists");
  }
}
