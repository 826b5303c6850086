package io.lineup.load;

/** The counts of one import: processed = added + updated + rejected. */
public record ImportResult(long processed, long added, long updated, long rejected) {

  static final ImportResult EMPTY = new ImportResult(0, 0, 0, 0);

  ImportResult plus(ChunkResult chunk, long processedInChunk, long rejectedBeforeMerge) {
    return new ImportResult(
        processed + processedInChunk,
        added + chunk.added(),
        updated + chunk.updated(),
        rejected + rejectedBeforeMerge + chunk.rejected().size());
  }
}
