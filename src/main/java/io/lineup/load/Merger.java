package io.lineup.load;

import java.util.List;

/** Writes one chunk of parsed records into the job's table. */
interface Merger {

  ChunkResult merge(List<ParsedRecord> chunk);
}
