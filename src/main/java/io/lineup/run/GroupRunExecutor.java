package io.lineup.run;

import io.lineup.group.GroupRepository;
import io.lineup.group.GroupRun;
import io.lineup.group.GroupRunRepository;
import io.lineup.group.GroupRunStep;
import io.lineup.job.ImportJob;
import io.lineup.job.JobRepository;
import io.lineup.job.JobRun;
import io.lineup.job.JobRunRepository;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one step of a group run, then hands the next step to db-scheduler, or ends the run. Every
 * decision is read back from the database, so a step executed twice (after a node died) does no
 * harm: a step already ended is not run again, and one cut off in the middle is run again with a
 * new job run.
 */
@Component
class GroupRunExecutor {

  private final GroupRunRepository groupRuns;
  private final GroupRepository groups;
  private final JobRunRepository jobRuns;
  private final JobRepository jobs;
  private final JobRunExecutor jobRunner;
  private final Dispatcher dispatcher;
  private final RunMetrics metrics;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final Clock clock;

  GroupRunExecutor(
      GroupRunRepository groupRuns,
      GroupRepository groups,
      JobRunRepository jobRuns,
      JobRepository jobs,
      JobRunExecutor jobRunner,
      Dispatcher dispatcher,
      RunMetrics metrics,
      ApplicationEventPublisher events,
      TransactionTemplate transaction,
      Clock clock) {
    this.groupRuns = groupRuns;
    this.groups = groups;
    this.jobRuns = jobRuns;
    this.jobs = jobs;
    this.jobRunner = jobRunner;
    this.dispatcher = dispatcher;
    this.metrics = metrics;
    this.events = events;
    this.transaction = transaction;
    this.clock = clock;
  }

  void executeStep(StepRef ref) {
    Long jobRunId;
    try {
      jobRunId = transaction.execute(tx -> prepare(ref));
    } catch (IllegalRunTransitionException e) {
      return; // the run was cancelled while this step was being prepared
    }
    if (jobRunId == null) {
      return;
    }
    RunStatus outcome = jobRunner.execute(jobRunId, () -> groupRuns.cancelRequested(ref.runId()));
    transaction.executeWithoutResult(
        tx -> {
          groupRuns.endStep(ref.runId(), ref.position(), outcome);
          advance(groupRuns.find(ref.runId()).orElseThrow(), ref, outcome);
        });
  }

  /** The job run to execute for this step, or null when there is nothing to run. */
  private Long prepare(StepRef ref) {
    GroupRun run = groupRuns.find(ref.runId()).orElse(null);
    if (run == null || run.status().isTerminal()) {
      return null;
    }
    if (run.cancelRequested()) {
      finish(
          run,
          ref.position() - 1,
          RunStatus.CANCELLED,
          "Cancelled before job " + (ref.position() + 1));
      return null;
    }
    GroupRunStep step = run.step(ref.position());
    if (step.status().isTerminal()) {
      advance(run, ref, step.status());
      return null;
    }
    if (step.status() == RunStatus.RUNNING) {
      JobRun previous = jobRuns.find(step.jobRunId()).orElseThrow();
      if (previous.status().isTerminal()) {
        groupRuns.endStep(run.id(), ref.position(), previous.status());
        advance(run, ref, previous.status());
        return null;
      }
      jobRuns.end(previous.id(), RunStatus.FAILED, JobRunExecutor.INTERRUPTED, clock.instant());
    }
    if (run.status() == RunStatus.QUEUED) {
      groupRuns.start(run.id(), clock.instant());
      metrics.started("group");
    }
    Optional<ImportJob> job = jobs.find(step.jobId());
    if (job.isEmpty()) {
      groupRuns.endStep(run.id(), ref.position(), RunStatus.SKIPPED);
      finish(
          run, ref.position(), RunStatus.FAILED, "Job '" + step.jobName() + "' no longer exists");
      return null;
    }
    long jobRunId = jobRuns.create(job.get(), Trigger.GROUP, run.id(), clock.instant());
    groupRuns.startStep(run.id(), ref.position(), jobRunId);
    return jobRunId;
  }

  private void advance(GroupRun run, StepRef ref, RunStatus outcome) {
    switch (outcome) {
      case SUCCEEDED -> {
        if (run.isLast(ref.position())) {
          finish(run, ref.position(), RunStatus.SUCCEEDED, null);
        } else {
          dispatcher.groupStep(ref.next());
        }
      }
      case CANCELLED ->
          finish(
              run,
              ref.position(),
              RunStatus.CANCELLED,
              "Cancelled during job " + (ref.position() + 1));
      default -> {
        GroupRunStep step = run.step(ref.position());
        String error =
            step.jobRunId() == null
                ? null
                : jobRuns.find(step.jobRunId()).map(JobRun::error).orElse(null);
        finish(
            run,
            ref.position(),
            RunStatus.FAILED,
            "Job '" + step.jobName() + "' failed" + (error == null ? "" : ": " + error));
      }
    }
  }

  /** Skips the steps after {@code position}, ends the run and frees the group for its next run. */
  private void finish(GroupRun run, int position, RunStatus status, String error) {
    groupRuns.skipAfter(run.id(), position);
    groupRuns.finish(run.id(), status, error, clock.instant());
    groups.release(run.groupId(), run.id());
    metrics.ended("group", status);
    events.publishEvent(new GroupRunFinished(run.id(), status));
  }
}
