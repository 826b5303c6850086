package io.lineup.audit;

/** Names the change an API request made, from its method and path. */
final class AuditAction {

  /** The action, the resource type and the resource id named in the path (or null). */
  record Described(String action, String resourceType, String resourceId) {}

  private AuditAction() {}

  /** {@code path} is below {@code /api/v1/}, e.g. {@code groups/5/activate}. */
  static Described describe(String method, String path) {
    String[] parts = path.split("/");
    String type = parts[0];
    String id = parts.length > 1 ? parts[1] : null;
    String last = parts[parts.length - 1];
    String action =
        switch (method) {
          case "DELETE" -> "DELETE";
          case "PUT", "PATCH" -> "UPDATE";
          default ->
              parts.length == 1
                  ? "CREATE"
                  : switch (last) {
                    case "activate" -> "ACTIVATE";
                    case "deactivate" -> "DEACTIVATE";
                    case "runs" -> "RUN";
                    case "cancel" -> "CANCEL";
                    case "launches" -> "LAUNCH";
                    case "test" -> "TEST";
                    default -> method;
                  };
        };
    return new Described(action, type, id);
  }
}
