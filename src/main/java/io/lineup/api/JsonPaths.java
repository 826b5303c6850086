package io.lineup.api;

import tools.jackson.databind.DatabindException;

/** Turns a Jackson reference chain into the JSON path a client wrote ({@code mapping[1].field}). */
final class JsonPaths {

  private JsonPaths() {}

  static String of(DatabindException e) {
    StringBuilder path = new StringBuilder();
    for (var ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
