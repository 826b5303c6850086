package io.lineup.run;

import io.lineup.load.ImportResult;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Counters for Prometheus: runs started and ended by kind and outcome, records by outcome. All are
 * registered at start-up, so they read 0 rather than being absent.
 */
@Component
class RunMetrics {

  private final MeterRegistry registry;

  RunMetrics(MeterRegistry registry) {
    this.registry = registry;
    for (String kind : new String[] {"group", "job"}) {
      for (String name : new String[] {"started", "succeeded", "failed", "cancelled"}) {
        registry.counter("lineup.runs." + name, "kind", kind);
      }
    }
    for (String outcome : new String[] {"added", "updated", "rejected"}) {
      registry.counter("lineup.records.imported", "outcome", outcome);
    }
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
