package io.lineup.group;

import io.lineup.job.JobRun;
import io.lineup.job.JobRunRepository;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Puts a group run together with the counts of its steps' job runs. */
@Component
class GroupRunViews {

  private final JobRunRepository jobRuns;
  private final ObjectProvider<RunAftermath> aftermath;

  GroupRunViews(JobRunRepository jobRuns, ObjectProvider<RunAftermath> aftermath) {
    this.jobRuns = jobRuns;
    this.aftermath = aftermath;
  }

  GroupRunView of(GroupRun run) {
    List<GroupRunView.Step> steps = run.steps().stream().map(this::step).toList();
    RunAftermath after = aftermath.getIfAvailable();
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
        after == null ? List.of() : after.campaignLaunches(run.id()),
        after == null ? List.of() : after.notifications(run.id()));
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
