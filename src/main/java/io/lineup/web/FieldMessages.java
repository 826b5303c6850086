package io.lineup.web;

import io.lineup.common.FieldError;
import java.util.List;

/**
 * The server's field errors for a form, looked up by field path or by prefix, so that each message
 * shows next to its field: {@code ${errors.of('schedule.type')}}.
 */
public record FieldMessages(List<FieldError> list) {

  public static FieldMessages none() {
    return new FieldMessages(List.of());
  }

  public boolean any() {
    return !list.isEmpty();
  }

  /**
   * The messages for {@code field} and its sub-fields ({@code jobIds} covers {@code jobIds[2]}).
   */
  public List<String> of(String field) {
    return list.stream()
        .filter(
            e ->
                e.field().equals(field)
                    || e.field().startsWith(field + "[")
                    || e.field().startsWith(field + "."))
        .map(e -> e.message())
        .toList();
  }

  public boolean has(String field) {
    return !of(field).isEmpty();
  }
}
