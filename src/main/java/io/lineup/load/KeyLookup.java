package io.lineup.load;

import static io.lineup.common.Identifier.quote;

import io.lineup.table.Field;
import io.lineup.table.FieldValues;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/** Finds which of a chunk's keys a table already holds, in one query. */
final class KeyLookup {

  private KeyLookup() {}

  /**
   * Maps each key found to the value of {@code valueField} in its row (the lowest when several rows
   * share a key), or to the key itself when {@code valueField} is null.
   */
  static Map<List<Object>, Object> find(
      JdbcTemplate jdbc,
      String table,
      List<Field> key,
      Field valueField,
      Collection<List<Object>> keys) {
    if (keys.isEmpty()) {
      return Map.of();
    }
    String keyColumns = key.stream().map(f -> quote(f.name())).collect(Collectors.joining(", "));
    String select = valueField == null ? keyColumns : keyColumns + ", " + quote(valueField.name());
    String one = key.size() == 1 ? "?" : "(" + "?, ".repeat(key.size() - 1) + "?)";
    String in = String.join(", ", java.util.Collections.nCopies(keys.size(), one));
    String where = (key.size() == 1 ? keyColumns : "(" + keyColumns + ")") + " IN (" + in + ")";
    List<Object> args = new ArrayList<>();
    keys.forEach(args::addAll);
    Map<List<Object>, Object> found = new HashMap<>();
    jdbc.query(
        "SELECT " + select + " FROM " + quote(table) + " WHERE " + where,
        rs -> {
          List<Object> k = new ArrayList<>(key.size());
          for (Field f : key) {
            k.add(normal(FieldValues.read(rs, f)));
          }
          Object value = valueField == null ? k : FieldValues.read(rs, valueField);
          found.merge(k, value, KeyLookup::lowest);
        },
        args.toArray());
    return found;
  }

  /** Keys compare by value: 1.0 and 1.00 are the same NUMBER key. */
  static Object normal(Object value) {
    return value instanceof BigDecimal d ? d.stripTrailingZeros() : value;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object lowest(Object a, Object b) {
    return a instanceof Comparable c && c.compareTo(b) <= 0 ? a : b;
  }
}
