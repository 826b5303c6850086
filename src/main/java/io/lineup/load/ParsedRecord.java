package io.lineup.load;

import java.util.Map;

/** A record whose mapped values fit their fields; {@code values} is keyed by field name. */
record ParsedRecord(SourceRecord source, Map<String, Object> values) implements ParseOutcome {}
