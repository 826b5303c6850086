package io.lineup.load;

import io.lineup.common.LineupException;

/** The run was cancelled while the import was in progress; its changes are rolled back. */
public class ImportCancelledException extends LineupException {

  public ImportCancelledException() {
    super("The run was cancelled; the import in progress was rolled back");
  }
}
