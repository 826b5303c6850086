package io.lineup.load;

import java.util.List;

/** What merging one chunk did. */
record ChunkResult(long added, long updated, List<RejectedRecord> rejected) {}
