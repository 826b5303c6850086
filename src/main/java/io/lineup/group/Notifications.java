package io.lineup.group;

import java.util.List;

/** Who is emailed once a run has completed, on success and on failure. */
public record Notifications(List<String> onSuccess, List<String> onFailure) {

  public Notifications {
    onSuccess = onSuccess == null ? List.of() : List.copyOf(onSuccess);
    onFailure = onFailure == null ? List.of() : List.copyOf(onFailure);
  }

  public static Notifications none() {
    return new Notifications(List.of(), List.of());
  }
}
