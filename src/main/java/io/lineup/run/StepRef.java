package io.lineup.run;

/** A step of a group run, as named in its db-scheduler execution: {@code "runId:position"}. */
record StepRef(long runId, int position) {

  static StepRef parse(String id) {
    int colon = id.indexOf(':');
    return new StepRef(
        Long.parseLong(id.substring(0, colon)), Integer.parseInt(id.substring(colon + 1)));
  }

  String id() {
    return runId + ":" + position;
  }

  StepRef next() {
    return new StepRef(runId, position + 1);
  }
}
