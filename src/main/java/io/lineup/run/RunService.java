package io.lineup.run;

import io.lineup.common.ConflictException;
import io.lineup.common.NotActivatableException;
import io.lineup.common.NotFoundException;
import io.lineup.group.Group;
import io.lineup.group.GroupRepository;
import io.lineup.group.GroupRun;
import io.lineup.group.GroupRunRepository;
import io.lineup.group.GroupRunRepository.PlannedStep;
import io.lineup.group.GroupService;
import io.lineup.group.GroupStatus;
import io.lineup.job.ImportJob;
import io.lineup.job.JobRepository;
import io.lineup.job.JobRun;
import io.lineup.job.JobRunRepository;
import io.lineup.job.JobStatus;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starts and cancels runs. Runs execute later, on a db-scheduler thread of any node. */
@Service
public class RunService {

  private final GroupRepository groups;
  private final GroupService groupService;
  private final GroupRunRepository groupRuns;
  private final JobRepository jobs;
  private final JobRunRepository jobRuns;
  private final Dispatcher dispatcher;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  RunService(
      GroupRepository groups,
      GroupService groupService,
      GroupRunRepository groupRuns,
      JobRepository jobs,
      JobRunRepository jobRuns,
      Dispatcher dispatcher,
      ApplicationEventPublisher events,
      Clock clock) {
    this.groups = groups;
    this.groupService = groupService;
    this.groupRuns = groupRuns;
    this.jobs = jobs;
    this.jobRuns = jobRuns;
    this.dispatcher = dispatcher;
    this.events = events;
    this.clock = clock;
  }

  /** Queues a run of an active, valid group; refused while the group is already running. */
  @Transactional
  public GroupRun startGroup(long groupId, Trigger trigger) {
    Group group = groupService.get(groupId);
    if (group.status() != GroupStatus.ACTIVE) {
      throw new ConflictException(
          "Group '" + group.name() + "' is " + group.status() + ": activate it to run it");
    }
    var errors = groupService.errors(group);
    if (!errors.isEmpty()) {
      throw new NotActivatableException(
          "Group '" + group.name() + "' cannot run until these are fixed", errors);
    }
    Map<Long, ImportJob> members = groupService.members(group);
    List<PlannedStep> steps =
        group.jobIds().stream().map(id -> new PlannedStep(id, members.get(id).name())).toList();
    long runId = groupRuns.create(group, steps, trigger, clock.instant());
    if (!groups.claim(groupId, runId)) {
      throw new ConflictException(
          "Group '" + group.name() + "' is already running (run " + group.runningRunId() + ")");
    }
    dispatcher.groupStep(new StepRef(runId, 0));
    return groupRuns.find(runId).orElseThrow();
  }

  /**
   * Cancels a run. A queued run ends at once; a running one stops at the next chunk of its import,
   * whose changes are rolled back, and its later steps are skipped.
   */
  @Transactional
  public GroupRun cancelGroupRun(long runId) {
    GroupRun run = groupRun(runId);
    if (run.status().isTerminal()) {
      throw new ConflictException("Run " + runId + " has already ended: " + run.status());
    }
    groupRuns.requestCancel(runId);
    if (run.status() == RunStatus.QUEUED) {
      groupRuns.skipAfter(runId, -1);
      groupRuns.finish(runId, RunStatus.CANCELLED, "Cancelled before it started", clock.instant());
      groups.release(run.groupId(), runId);
      events.publishEvent(new GroupRunFinished(runId, RunStatus.CANCELLED));
    }
    return groupRun(runId);
  }

  public GroupRun groupRun(long runId) {
    return groupRuns.find(runId).orElseThrow(() -> new NotFoundException("Group run", runId));
  }

  /** Queues a run of one active job on its own. */
  @Transactional
  public JobRun startJob(long jobId, Trigger trigger) {
    ImportJob job = jobs.find(jobId).orElseThrow(() -> new NotFoundException("Job", jobId));
    if (job.status() != JobStatus.ACTIVE) {
      throw new ConflictException(
          "Job '" + job.name() + "' is " + job.status() + ": activate it to run it");
    }
    if (jobRuns.hasUnfinished(jobId)) {
      throw new ConflictException("Job '" + job.name() + "' is already running");
    }
    long runId = jobRuns.create(job, trigger, null, clock.instant());
    dispatcher.jobRun(runId);
    return jobRuns.find(runId).orElseThrow();
  }
}
