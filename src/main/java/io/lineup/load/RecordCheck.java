package io.lineup.load;

import java.util.Map;

/** A rule a parsed record must follow beyond its fields' types. */
@FunctionalInterface
interface RecordCheck {

  /** Why the record is rejected, or null when it passes. */
  Rejection check(Map<String, Object> values);
}
