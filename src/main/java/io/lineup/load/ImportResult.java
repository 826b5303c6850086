package io.lineup.load;

/** The counts of one import: processed = added + updated + rejected. */
public record ImportResult(long processed, long added, long updated, long rejected) {

  static final ImportResult EMPTY = new ImportResult(0, 0, 0, 0);

  ImportResult plus(Loader.Loaded merged, long processedInChunk, long rejectedBeforeMerge) {
    return new ImportResult(
        processed + processedInChunk,
        added + merged.added(),
        updated + merged.updated(),
        rejected + rejectedBeforeMerge + merged.rejected());
  }
}
