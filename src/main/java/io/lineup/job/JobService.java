package io.lineup.job;

import io.lineup.common.ConflictException;
import io.lineup.common.NotFoundException;
import io.lineup.group.Schedule;
import io.lineup.schedule.MinutePicker;
import io.lineup.table.TableRepository;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class JobService {

  private final JobRepository jobs;
  private final JobRunRepository runs;
  private final TableRepository tables;
  private final MinutePicker minutes;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  JobService(
      JobRepository jobs,
      JobRunRepository runs,
      TableRepository tables,
      MinutePicker minutes,
      ApplicationEventPublisher events,
      Clock clock) {
    this.jobs = jobs;
    this.runs = runs;
    this.tables = tables;
    this.minutes = minutes;
    this.events = events;
    this.clock = clock;
  }

  /** Saves a new job as a DRAFT. */
  @Transactional
  public ImportJob create(JobRequest request) {
    JobRequest job = withMinute(JobRules.check(request, tables::find, clock.instant()), null);
    return get(jobs.insert(job, JobStatus.DRAFT, clock.instant()));
  }

  @Transactional
  public ImportJob update(long id, JobRequest request) {
    ImportJob current = get(id);
    JobRequest job =
        withMinute(JobRules.check(request, tables::find, clock.instant()), current.schedule());
    if (!job.onDemand()) {
      jobs.groupOf(id)
          .ifPresent(
              group -> {
                throw new ConflictException(
                    "Job '"
                        + current.name()
                        + "' is in group '"
                        + group
                        + "', so it must stay set to run on demand");
              });
    }
    jobs.update(id, job, clock.instant());
    events.publishEvent(new JobChanged(id));
    return get(id);
  }

  public ImportJob get(long id) {
    return jobs.find(id).orElseThrow(() -> new NotFoundException("Job", id));
  }

  public List<ImportJob> list() {
    return jobs.findAll();
  }

  @Transactional
  public void delete(long id) {
    ImportJob job = get(id);
    jobs.groupOf(id)
        .ifPresent(
            group -> {
              throw new ConflictException(
                  "Job '"
                      + job.name()
                      + "' is in group '"
                      + group
                      + "': remove it from the group first");
            });
    if (runs.hasUnfinished(id)) {
      throw new ConflictException("Job '" + job.name() + "' is running");
    }
    jobs.delete(id);
    events.publishEvent(new JobChanged(id));
  }

  @Transactional
  public ImportJob activate(long id) {
    ImportJob job = get(id);
    JobRules.check(JobRequests.of(job), tables::find, clock.instant());
    jobs.setStatus(id, JobStatus.ACTIVE, clock.instant());
    events.publishEvent(new JobChanged(id));
    return get(id);
  }

  @Transactional
  public ImportJob deactivate(long id) {
    get(id);
    jobs.setStatus(id, JobStatus.INACTIVE, clock.instant());
    events.publishEvent(new JobChanged(id));
    return get(id);
  }

  private JobRequest withMinute(JobRequest r, Schedule previous) {
    return new JobRequest(
        r.name(),
        r.description(),
        r.table(),
        r.source(),
        r.format(),
        r.mapping(),
        r.match(),
        r.mergeRule(),
        r.onDemand(),
        minutes.withMinute(r.schedule(), previous),
        r.expiresAt());
  }

  public List<JobRun> runs(long id, int limit) {
    get(id);
    return runs.findByJob(id, limit);
  }
}
