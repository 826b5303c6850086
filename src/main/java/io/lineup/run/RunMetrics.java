package io.lineup.run;

import io.lineup.load.ImportResult;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Counters for Prometheus: runs started and ended by kind and outcome, records by outcome. */
@Component
class RunMetrics {

  private final MeterRegistry registry;

  RunMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void started(String kind) {
    registry.counter("lineup.runs.started", "kind", kind).increment();
  }

  void ended(String kind, RunStatus status) {
    String name =
        switch (status) {
          case SUCCEEDED -> "lineup.runs.succeeded";
          case FAILED -> "lineup.runs.failed";
          default -> "lineup.runs.cancelled";
        };
    registry.counter(name, "kind", kind).increment();
  }

  void imported(ImportResult result) {
    registry.counter("lineup.records.imported", "outcome", "added").increment(result.added());
    registry.counter("lineup.records.imported", "outcome", "updated").increment(result.updated());
    registry.counter("lineup.records.imported", "outcome", "rejected").increment(result.rejected());
  }
}
