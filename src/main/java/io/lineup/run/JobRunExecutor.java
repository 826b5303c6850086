package io.lineup.run;

import io.lineup.common.LineupException;
import io.lineup.job.ImportJob;
import io.lineup.job.JobRepository;
import io.lineup.job.JobRun;
import io.lineup.job.JobRunRepository;
import io.lineup.load.ImportCancelledException;
import io.lineup.load.ImportProgress;
import io.lineup.load.ImportResult;
import io.lineup.load.Importer;
import java.time.Clock;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Runs one job run from QUEUED to its end, and records what happened. */
@Component
class JobRunExecutor {

  static final String INTERRUPTED =
      "Interrupted: the node running this import stopped; nothing it imported was kept";

  private static final Logger log = LoggerFactory.getLogger(JobRunExecutor.class);

  private final JobRunRepository runs;
  private final JobRepository jobs;
  private final Importer importer;
  private final RunMetrics metrics;
  private final TransactionTemplate apart;
  private final Clock clock;

  JobRunExecutor(
      JobRunRepository runs,
      JobRepository jobs,
      Importer importer,
      RunMetrics metrics,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.runs = runs;
    this.jobs = jobs;
    this.importer = importer;
    this.metrics = metrics;
    this.apart = new TransactionTemplate(transactions);
    this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /** A job run on its own. One found RUNNING was cut off by a stop: it is failed, not repeated. */
  void executeStandalone(long jobRunId) {
    JobRun run = runs.find(jobRunId).orElse(null);
    if (run == null || run.status().isTerminal()) {
      return;
    }
    if (run.status() == RunStatus.RUNNING) {
      runs.end(jobRunId, RunStatus.FAILED, INTERRUPTED + "; start it again", clock.instant());
      metrics.ended("job", RunStatus.FAILED);
      return;
    }
    execute(jobRunId, () -> false);
  }

  /** Runs the import of a QUEUED job run; returns how it ended. */
  RunStatus execute(long jobRunId, BooleanSupplier cancelled) {
    JobRun run = runs.find(jobRunId).orElseThrow();
    runs.start(jobRunId, clock.instant());
    metrics.started("job");
    RunStatus outcome;
    try {
      ImportJob job =
          jobs.find(run.jobId())
              .orElseThrow(() -> new MissingJobException(run.jobId(), run.jobName()));
      ImportResult result = importer.run(job, jobRunId, apartFrom(cancelled), progress(jobRunId));
      runs.succeed(
          jobRunId,
          result.processed(),
          result.added(),
          result.updated(),
          result.rejected(),
          clock.instant());
      metrics.imported(result);
      outcome = RunStatus.SUCCEEDED;
    } catch (ImportCancelledException e) {
      runs.end(jobRunId, RunStatus.CANCELLED, e.getMessage(), clock.instant());
      outcome = RunStatus.CANCELLED;
    } catch (LineupException e) {
      runs.end(jobRunId, RunStatus.FAILED, e.getMessage(), clock.instant());
      outcome = RunStatus.FAILED;
    } catch (RuntimeException e) {
      log.error("Job run {} failed unexpectedly", jobRunId, e);
      runs.end(jobRunId, RunStatus.FAILED, "Unexpected error: " + e, clock.instant());
      outcome = RunStatus.FAILED;
    }
    metrics.ended("job", outcome);
    return outcome;
  }

  /**
   * Asks in its own transaction, so that the import's connection can stay busy with a COPY while
   * the question is asked.
   */
  private BooleanSupplier apartFrom(BooleanSupplier cancelled) {
    return () -> Boolean.TRUE.equals(apart.execute(tx -> cancelled.getAsBoolean()));
  }

  /** Progress is written in its own transaction, so it shows while the import's is open. */
  private ImportProgress progress(long jobRunId) {
    return (soFar, bytesRead, bytesTotal) ->
        apart.executeWithoutResult(
            tx -> runs.progress(jobRunId, soFar.processed(), bytesRead, bytesTotal));
  }
}
