package io.lineup.job;

/** A saved job as the request that would save it again, to re-check it against today's tables. */
final class JobRequests {

  private JobRequests() {}

  static JobRequest of(ImportJob job) {
    return new JobRequest(
        job.name(),
        job.description(),
        job.table(),
        job.source(),
        job.format(),
        job.mapping(),
        job.match(),
        job.mergeRule(),
        job.onDemand(),
        job.schedule(),
        job.expiresAt());
  }
}
