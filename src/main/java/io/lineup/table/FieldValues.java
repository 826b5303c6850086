package io.lineup.table;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Reads a column as the Java type that matches its field type. */
public final class FieldValues {

  private FieldValues() {}

  public static Object read(ResultSet rs, Field field) throws SQLException {
    String column = field.name();
    return switch (field.type()) {
      case TEXT -> rs.getString(column);
      case INTEGER -> rs.getObject(column, Long.class);
      case NUMBER -> rs.getObject(column, BigDecimal.class);
      case DATE -> rs.getObject(column, LocalDate.class);
      case TIMESTAMP -> rs.getObject(column, LocalDateTime.class);
      case BOOLEAN -> rs.getObject(column, Boolean.class);
    };
  }
}
