package io.lineup.load;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One PostgreSQL {@code COPY ... FROM STDIN} in the binary format, fed value by value on the
 * transaction's connection. The server stores rows as they arrive, while the caller reads the next
 * ones; binary spares it parsing text into numbers, dates and timestamps. Values are Lineup's
 * parsed values: text, INTEGER (bigint), NUMBER (numeric), DATE, TIMESTAMP (without time zone),
 * BOOLEAN — each into a column of that type.
 */
final class CopyRows {

  private static final byte[] HEADER = {
    'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0
  };
  private static final long EPOCH_2000_DAYS = LocalDate.of(2000, 1, 1).toEpochDay();
  private static final long EPOCH_2000_SECONDS =
      LocalDateTime.of(2000, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);

  private final JdbcTemplate jdbc;
  private final String sql;
  private final CopyIn copy;
  private final short columns;
  private final byte[] buffer = new byte[1 << 16];
  private int length;
  private boolean rowStarted;

  private CopyRows(JdbcTemplate jdbc, String sql, CopyIn copy, int columns) {
    this.jdbc = jdbc;
    this.sql = sql;
    this.copy = copy;
    this.columns = (short) columns;
    write(HEADER);
  }

  static CopyRows open(JdbcTemplate jdbc, String table, List<String> columns) {
    String sql =
        "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT binary)";
    return jdbc.execute(
        (ConnectionCallback<CopyRows>)
            con ->
                new CopyRows(
                    jdbc,
                    sql,
                    con.unwrap(PGConnection.class).getCopyAPI().copyIn(sql),
                    columns.size()));
  }

  CopyRows value(Object value) {
    if (!rowStarted) {
      int16(columns);
      rowStarted = true;
    }
    if (value == null) {
      int32(-1);
    } else if (value instanceof String s) {
      byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
      int32(bytes.length);
      write(bytes);
    } else if (value instanceof Long n) {
      int32(8);
      int64(n);
    } else if (value instanceof Boolean b) {
      int32(1);
      put(b ? 1 : 0);
    } else if (value instanceof BigDecimal d) {
      numeric(d);
    } else if (value instanceof LocalDate d) {
      int32(4);
      int32((int) (d.toEpochDay() - EPOCH_2000_DAYS));
    } else if (value instanceof LocalDateTime t) {
      int32(8);
      int64(
          (t.toEpochSecond(ZoneOffset.UTC) - EPOCH_2000_SECONDS) * 1_000_000 + t.getNano() / 1000);
    } else {
      throw new IllegalArgumentException("No COPY for a " + value.getClass().getName());
    }
    return this;
  }

  void endRow() {
    rowStarted = false;
  }

  /** Ends the COPY: the connection is free again. Returns the rows copied. */
  long end() {
    try {
      int16(-1);
      send();
      return copy.endCopy();
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** Abandons the COPY, so that the transaction can roll back on this connection. */
  void cancel() {
    try {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    } catch (SQLException e) {
      // the transaction is failing already: the reason it fails is the one to report
    }
  }

  /**
   * PostgreSQL's numeric: base-10000 digits with the weight of the first, a sign and the number of
   * decimals shown. 12.5 is the digits 12 and 5000, weight 0, 1 decimal.
   */
  private void numeric(BigDecimal d) {
    BigDecimal value = d.scale() < 0 ? d.setScale(0) : d;
    int scale = value.scale();
    BigInteger unscaled = value.unscaledValue();
    String digits = unscaled.abs().toString();
    int integerLength = digits.length() - scale;
    String integer = integerLength > 0 ? digits.substring(0, integerLength) : "";
    String fraction =
        integerLength > 0 ? digits.substring(integerLength) : "0".repeat(-integerLength) + digits;
    int integerGroups = (integer.length() + 3) / 4;
    int fractionGroups = (fraction.length() + 3) / 4;
    String all =
        "0".repeat(integerGroups * 4 - integer.length())
            + integer
            + fraction
            + "0".repeat(fractionGroups * 4 - fraction.length());
    short[] groups = new short[integerGroups + fractionGroups];
    for (int i = 0; i < groups.length; i++) {
      groups[i] = Short.parseShort(all.substring(i * 4, i * 4 + 4));
    }
    int first = 0;
    int weight = integerGroups - 1;
    while (first < groups.length && groups[first] == 0) {
      first++;
      weight--;
    }
    int last = groups.length;
    while (last > first && groups[last - 1] == 0) {
      last--;
    }
    int count = last - first;
    boolean negative = unscaled.signum() < 0 && count > 0;
    int32(8 + 2 * count);
    int16(count);
    int16(count == 0 ? 0 : weight);
    int16(negative ? 0x4000 : 0);
    int16(scale);
    for (int i = first; i < last; i++) {
      int16(groups[i]);
    }
  }

  private void int16(int v) {
    put(v >>> 8);
    put(v);
  }

  private void int32(int v) {
    put(v >>> 24);
    put(v >>> 16);
    put(v >>> 8);
    put(v);
  }

  private void int64(long v) {
    int32((int) (v >>> 32));
    int32((int) v);
  }

  private void write(byte[] bytes) {
    if (bytes.length > buffer.length - length) {
      send();
      if (bytes.length > buffer.length) {
        try {
          copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
          throw failed(e);
        }
        return;
      }
    }
    System.arraycopy(bytes, 0, buffer, length, bytes.length);
    length += bytes.length;
  }

  private void put(int b) {
    if (length == buffer.length) {
      send();
    }
    buffer[length++] = (byte) b;
  }

  private void send() {
    try {
      copy.writeToCopy(buffer, 0, length);
      length = 0;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private RuntimeException failed(SQLException cause) {
    cancel();
    DataAccessException translated = jdbc.getExceptionTranslator().translate("COPY", sql, cause);
    return translated != null ? translated : new UncategorizedSQLException("COPY", sql, cause);
  }
}
