package io.lineup.load;

import java.util.List;

/** One record as read from the file, before any parsing. */
record SourceRecord(long line, List<String> fields) {}
