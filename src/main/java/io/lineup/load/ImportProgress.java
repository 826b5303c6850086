package io.lineup.load;

/** Told after each chunk how far an import has got. */
@FunctionalInterface
public interface ImportProgress {

  void update(ImportResult soFar, long bytesRead, long bytesTotal);

  ImportProgress NONE = (soFar, bytesRead, bytesTotal) -> {};
}
