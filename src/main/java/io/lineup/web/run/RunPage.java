package io.lineup.web.run;

import io.lineup.group.GroupRun;
import io.lineup.group.GroupRunStep;
import io.lineup.job.JobRun;
import java.util.List;

/** A group run with each step's job run, as the run page shows it. */
record RunPage(GroupRun run, List<StepPage> steps) {

  record StepPage(GroupRunStep step, JobRun jobRun) {

    /** Percent of the file read, or -1 while its size is unknown. */
    public int percent() {
      if (jobRun == null || jobRun.bytesTotal() == null || jobRun.bytesTotal() == 0) {
        return -1;
      }
      return (int) Math.min(100, jobRun.bytesRead() * 100 / jobRun.bytesTotal());
    }
  }

  public boolean ended() {
    return run.status().isTerminal();
  }

  public long recordsProcessed() {
    return steps.stream()
        .filter(s -> s.jobRun() != null)
        .mapToLong(s -> s.jobRun().recordsProcessed())
        .sum();
  }
}
