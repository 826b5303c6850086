package io.lineup.support;

import org.assertj.core.api.AbstractAssert;
import tools.jackson.databind.JsonNode;

/** Assertions on a run as the API returns it (a group run, a step or a job run). */
public final class RunAssert extends AbstractAssert<RunAssert, JsonNode> {

  private RunAssert(JsonNode run) {
    super(run, RunAssert.class);
  }

  public static RunAssert assertThatRun(JsonNode run) {
    return new RunAssert(run);
  }

  public RunAssert hasStatus(String status) {
    isNotNull();
    String actualStatus = actual.get("status").asString();
    if (!actualStatus.equals(status)) {
      failWithMessage("Expected status %s but was %s in%n%s", status, actualStatus, actual);
    }
    return this;
  }

  /** processed, added, updated, rejected, in that order. */
  public RunAssert hasCounts(long processed, long added, long updated, long rejected) {
    isNotNull();
    long[] counts = {
      actual.get("recordsProcessed").asLong(),
      actual.get("recordsAdded").asLong(),
      actual.get("recordsUpdated").asLong(),
      actual.get("recordsRejected").asLong()
    };
    if (counts[0] != processed
        || counts[1] != added
        || counts[2] != updated
        || counts[3] != rejected) {
      failWithMessage(
          "Expected processed/added/updated/rejected %d/%d/%d/%d but were %d/%d/%d/%d in%n%s",
          processed, added, updated, rejected, counts[0], counts[1], counts[2], counts[3], actual);
    }
    return this;
  }

  public RunAssert hasErrorContaining(String text) {
    isNotNull();
    JsonNode error = actual.get("error");
    if (error == null || error.isNull() || !error.asString().contains(text)) {
      failWithMessage("Expected an error containing <%s> in%n%s", text, actual);
    }
    return this;
  }

  public RunAssert step(int position) {
    return new RunAssert(actual.get("steps").get(position));
  }
}
