package io.lineup.load;

import io.lineup.table.FieldType;
import java.sql.Types;
import java.util.Map;
import java.util.function.Function;

/**
 * A column an import writes, and where its value comes from.
 *
 * @param keepWhenNull on update, a NULL from the file leaves the stored value as it is
 */
record Column(
    String name, int sqlType, Function<Map<String, Object>, Object> value, boolean keepWhenNull) {

  static Column mapped(String name, FieldType type) {
    return new Column(name, sqlType(type), values -> values.get(name), false);
  }

  static Column of(String name, FieldType type, Function<Map<String, Object>, Object> value) {
    return new Column(name, sqlType(type), value, false);
  }

  Column keepingWhenNull() {
    return new Column(name, sqlType, value, true);
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
