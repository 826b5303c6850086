package io.lineup.load;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One PostgreSQL {@code COPY ... FROM STDIN} in CSV, fed value by value on the transaction's
 * connection. The server parses rows as they arrive, while the caller reads the next ones.
 */
final class CopyRows {

  private final JdbcTemplate jdbc;
  private final String sql;
  private final CopyIn copy;
  private final byte[] buffer = new byte[1 << 16];
  private int length;
  private boolean first = true;
  private Object lastValue;
  private byte[] lastBytes;

  private CopyRows(JdbcTemplate jdbc, String sql, CopyIn copy) {
    this.jdbc = jdbc;
    this.sql = sql;
    this.copy = copy;
  }

  /**
   * @param into the table and its columns, as in {@code COPY <into> FROM STDIN}
   */
  static CopyRows open(JdbcTemplate jdbc, String into) {
    String sql = "COPY " + into + " FROM STDIN (FORMAT csv)";
    return jdbc.execute(
        (ConnectionCallback<CopyRows>)
            con ->
                new CopyRows(jdbc, sql, con.unwrap(PGConnection.class).getCopyAPI().copyIn(sql)));
  }

  /** In COPY's CSV an unquoted empty field is NULL and a quoted one is the empty text. */
  CopyRows value(Object value) {
    if (!first) {
      put(',');
    }
    first = false;
    if (value == null) {
      return this;
    } else if (value instanceof String s) {
      quoted(s);
    } else if (value instanceof Long n) {
      number(n);
    } else if (value instanceof BigDecimal d) {
      ascii(d.toPlainString());
    } else if (value instanceof Boolean b) {
      put(b ? 't' : 'f');
    } else if (value == lastValue) {
      write(lastBytes);
    } else {
      // dates and times; the import's own timestamp is the same object on every row
      lastBytes = value.toString().getBytes(StandardCharsets.US_ASCII);
      lastValue = value;
      write(lastBytes);
    }
    return this;
  }

  void endRow() {
    put('\n');
    first = true;
  }

  /** Ends the COPY: the connection is free again. Returns the rows copied. */
  long end() {
    try {
      send();
      return copy.endCopy();
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** Writes text in double quotes, as UTF-8, doubling the quotes inside. */
  private void quoted(String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    put('"');
    if (s.indexOf('"') < 0) {
      write(bytes);
    } else {
      for (byte b : bytes) {
        if (b == '"') {
          put('"');
        }
        put(b);
      }
    }
    put('"');
  }

  private void ascii(String s) {
    write(s.getBytes(StandardCharsets.US_ASCII));
  }

  private void number(long n) {
    if (n < 0) {
      if (n == Long.MIN_VALUE) {
        ascii(Long.toString(n));
        return;
      }
      put('-');
      n = -n;
    }
    int start = length;
    if (buffer.length - length < 20) {
      send();
      start = 0;
    }
    do {
      buffer[length++] = (byte) ('0' + n % 10);
      n /= 10;
    } while (n > 0);
    for (int i = start, j = length - 1; i < j; i++, j--) {
      byte t = buffer[i];
      buffer[i] = buffer[j];
      buffer[j] = t;
    }
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

  private RuntimeException failed(SQLException cause) {
    cancel();
    DataAccessException translated = jdbc.getExceptionTranslator().translate("COPY", sql, cause);
    return translated != null ? translated : new UncategorizedSQLException("COPY", sql, cause);
  }
}
