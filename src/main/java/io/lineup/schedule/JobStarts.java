package io.lineup.schedule;

import io.lineup.job.JobChanged;
import io.lineup.job.JobRepository;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Standalone jobs' scheduled starts, kept in step with their definitions. */
@Component
class JobStarts {

  private final StartExecutions executions;
  private final Startables startables;
  private final JobRepository jobs;

  JobStarts(StartExecutions executions, Startables startables, JobRepository jobs) {
    this.executions = executions;
    this.startables = startables;
    this.jobs = jobs;
  }

  @EventListener
  void on(JobChanged changed) {
    executions.sync(Startables.JOB_START, changed.jobId());
  }

  @EventListener(ApplicationReadyEvent.class)
  void onStart() {
    jobs.findAll().stream()
        .filter(startables::onItsOwnSchedule)
        .forEach(j -> executions.ensure(Startables.JOB_START, j.id()));
  }
}
