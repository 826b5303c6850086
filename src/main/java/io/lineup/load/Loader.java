package io.lineup.load;

/**
 * Where an import's accepted records go, and when they are merged into the table. Runs inside the
 * import's transaction, on its connection.
 */
interface Loader {

  void add(ParsedRecord record);

  /**
   * Called after every chunk of the file.
   *
   * @param release whether the importer needs the connection next: the loader ends whatever it has
   *     under way on it
   * @return what was merged since the last call
   */
  Loaded flush(boolean release);

  /** Merges what is left, at the end of the file. */
  Loaded finish();

  /** What a loader merged: rows added and updated, records rejected by the merge rule. */
  record Loaded(long added, long updated, long rejected) {

    static final Loaded NOTHING = new Loaded(0, 0, 0);
  }
}
