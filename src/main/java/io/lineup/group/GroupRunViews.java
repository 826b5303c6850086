package io.lineup.group;

import io.lineup.job.JobRun;
import io.lineup.job.JobRunRepository;
import java.util.List;
import org.springframework.stereotype.Component;

/** Puts a group run together with the counts of its steps' job runs. */
@Component
class GroupRunViews {

  private final JobRunRepository jobRuns;

  GroupRunViews(JobRunRepository jobRuns) {
    this.jobRuns = jobRuns;
  }

  GroupRunView of(GroupRun run) {
    List<GroupRunView.Step> steps = run.steps().stream().map(this::step).toList();
    return new GroupRunView(
        run.id(),
        run.groupId(),
        run.groupName(),
        run.trigger(),
        run.status(),
        run.cancelRequested(),
        run.queuedAt(),
        run.startedAt(),
        run.finishedAt(),
        run.error(),
        steps,
        List.of(),
        List.of());
  }

  private GroupRunView.Step step(GroupRunStep step) {
    JobRun jobRun = step.jobRunId() == null ? null : jobRuns.find(step.jobRunId()).orElse(null);
    return new GroupRunView.Step(
        step.position(),
        step.jobId(),
        step.jobName(),
        step.status(),
        step.jobRunId(),
        jobRun == null ? 0 : jobRun.recordsProcessed(),
        jobRun == null ? 0 : jobRun.recordsAdded(),
        jobRun == null ? 0 : jobRun.recordsUpdated(),
        jobRun == null ? 0 : jobRun.recordsRejected(),
        jobRun == null ? null : jobRun.error());
  }
}
