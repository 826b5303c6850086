package io.lineup.load;

import io.lineup.table.FieldType;
import java.sql.Types;
import java.util.Map;
import java.util.function.Function;

/**
 * A column an import writes, and where its value comes from.
 *
 * @param keepWhenNull on update, a NULL from the file leaves the stored value as it is
 * @param fallback on insert, what a NULL from the file becomes; null for none
 */
record Column(
    String name,
    int sqlType,
    Function<Map<String, Object>, Object> value,
    boolean keepWhenNull,
    Object fallback) {

  static Column mapped(String name, FieldType type) {
    return new Column(name, sqlType(type), values -> values.get(name), false, null);
  }

  static Column of(String name, FieldType type, Function<Map<String, Object>, Object> value) {
    return new Column(name, sqlType(type), value, false, null);
  }

  Column keepingWhenNull() {
    return new Column(name, sqlType, value, true, fallback);
  }

  Column orElse(Object fallback) {
    return new Column(name, sqlType, value, keepWhenNull, fallback);
  }

  /** The value written for a record: its own, or the fallback when it has none. */
  Object valueIn(Map<String, Object> values) {
    Object v = value.apply(values);
    return v == null ? fallback : v;
  }

  static int sqlType(FieldType type) {
    return switch (type) {
      case TEXT -> Types.VARCHAR;
      case INTEGER -> Types.BIGINT;
      case NUMBER -> Types.NUMERIC;
      case DATE -> Types.DATE;
      case TIMESTAMP -> Types.TIMESTAMP;
      case BOOLEAN -> Types.BOOLEAN;
    };
  }
}
