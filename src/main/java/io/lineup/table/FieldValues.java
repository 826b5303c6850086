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
      case NUMBER -> plain(rs.getObject(column, BigDecimal.class));
      case DATE -> rs.getObject(column, LocalDate.class);
      case TIMESTAMP -> rs.getObject(column, LocalDateTime.class);
      case BOOLEAN -> rs.getObject(column, Boolean.class);
    };
  }

  /**
   * H2's DECFLOAT gives {@code 100} back as {@code 1E+2}; with its scale lost anyway, the plain
   * form is the closest to what was written.
   */
  private static BigDecimal plain(BigDecimal value) {
    return value == null || value.scale() >= 0 ? value : value.setScale(0);
  }
}
