package io.lineup.load;

import io.lineup.job.Format;
import java.util.ArrayList;
import java.util.List;

/** Merges each chunk as it comes, with JDBC batches: the way on H2. */
final class ChunkedLoader implements Loader {

  private final Merger merger;
  private final RejectStore rejects;
  private final long jobRunId;
  private final Format format;
  private final List<ParsedRecord> chunk = new ArrayList<>();

  ChunkedLoader(Merger merger, RejectStore rejects, long jobRunId, Format format) {
    this.merger = merger;
    this.rejects = rejects;
    this.jobRunId = jobRunId;
    this.format = format;
  }

  @Override
  public void add(ParsedRecord record) {
    chunk.add(record);
  }

  @Override
  public Loaded flush(boolean release) {
    if (chunk.isEmpty()) {
      return Loaded.NOTHING;
    }
    ChunkResult merged = merger.merge(chunk);
    chunk.clear();
    rejects.add(jobRunId, format, merged.rejected());
    return new Loaded(merged.added(), merged.updated(), merged.rejected().size());
  }

  @Override
  public Loaded finish() {
    return flush(true);
  }
}
