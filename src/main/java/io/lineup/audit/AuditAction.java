package io.lineup.audit;

import java.util.Map;

/** Names the change a request made, from its method and path (API or web page). */
final class AuditAction {

  /** The action, the resource type and the resource id named in the path (or null). */
  record Described(String action, String resourceType, String resourceId) {}

  private static final Map<String, String> VERBS =
      Map.ofEntries(
          Map.entry("activate", "ACTIVATE"),
          Map.entry("deactivate", "DEACTIVATE"),
          Map.entry("runs", "RUN"),
          Map.entry("run", "RUN"),
          Map.entry("cancel", "CANCEL"),
          Map.entry("launches", "LAUNCH"),
          Map.entry("launch", "LAUNCH"),
          Map.entry("test", "TEST"),
          Map.entry("new", "CREATE"),
          Map.entry("copy", "CREATE"),
          Map.entry("edit", "UPDATE"),
          Map.entry("details", "UPDATE"),
          Map.entry("delete", "DELETE"));

  private AuditAction() {}

  /**
   * @param path below {@code /api/v1/} or below {@code /} for a web page, e.g. {@code
   *     groups/5/activate} or {@code admin/users/3/delete}
   */
  static Described describe(String method, String path) {
    String[] parts = (path.startsWith("admin/") ? path.substring(6) : path).split("/");
    String type = parts[0].equals("runs") ? "group-runs" : parts[0];
    String id = parts.length > 1 && !VERBS.containsKey(parts[1]) ? parts[1] : null;
    String last = parts[parts.length - 1];
    String action =
        switch (method) {
          case "DELETE" -> "DELETE";
          case "PUT", "PATCH" -> "UPDATE";
          default -> parts.length == 1 ? "CREATE" : VERBS.getOrDefault(last, method);
        };
    return new Described(action, type, id);
  }
}
