package io.lineup.load;

import java.util.List;

/**
 * Writes a chunk's decided inserts and updates (at most one update per key) into the target table.
 * Which rows to write is decided before, the same way for every writer.
 */
interface RowWriter {

  void insert(Target target, List<ParsedRecord> rows);

  void update(Target target, List<ParsedRecord> rows);
}
