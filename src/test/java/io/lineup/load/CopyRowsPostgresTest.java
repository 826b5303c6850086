package io.lineup.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineup.support.IntegrationTest;
import io.lineup.support.OnPostgres;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What goes into a binary COPY comes out of the table unchanged: text, integers, numbers with their
 * scale, dates and timestamps on both sides of PostgreSQL's 2000-01-01 epoch, NULL.
 */
@OnPostgres
class CopyRowsPostgresTest extends IntegrationTest {

  @Autowired private JdbcTemplate template;
  @Autowired private TransactionTemplate transaction;

  @Test
  void everyValueRoundTripsExactly() {
    String big = "x".repeat(70_000) + "é";
    List<Object[]> rows =
        List.of(
            new Object[] {"", 0L, new BigDecimal("0.00"), LocalDate.of(1999, 12, 31), null, true},
            new Object[] {
              "n",
              -7L,
              new BigDecimal("0.00001"),
              LocalDate.of(1, 1, 1),
              LocalDateTime.of(1970, 1, 1, 0, 0, 0, 1000),
              false
            },
            new Object[] {
              "n",
              10000L,
              new BigDecimal("-10000"),
              LocalDate.of(9999, 12, 31),
              LocalDateTime.of(1999, 12, 31, 23, 59, 59, 999_999_000),
              null
            },
            new Object[] {"n", 1L, new BigDecimal("12.5"), null, null, null},
            new Object[] {"n", 1L, new BigDecimal("-0.000"), null, null, null},
            new Object[] {"n", 1L, new BigDecimal("123456789.987654321"), null, null, null},
            new Object[] {
              null, -1L, new BigDecimal("-12345678901234567890.000000001"), null, null, false
            },
            new Object[] {
              "a \"quoted\", text\nover lines\r\n", Long.MIN_VALUE, null, null, null, null
            },
            new Object[] {
              "Zoë, 東京, 😀, back\\slash, tab\t", Long.MAX_VALUE, null, null, null, null
            },
            new Object[] {
              big,
              42L,
              new BigDecimal("1E+3"),
              LocalDate.of(2024, 2, 29),
              LocalDateTime.of(2026, 12, 31, 23, 59, 58, 123_000_000),
              true
            });

    List<List<Object>> back =
        transaction.execute(
            tx -> {
              template.execute(
                  "CREATE TEMPORARY TABLE copy_check (t VARCHAR, n BIGINT, d NUMERIC, day DATE,"
                      + " at TIMESTAMP, b BOOLEAN, i SERIAL) ON COMMIT DROP");
              CopyRows copy =
                  CopyRows.open(template, "copy_check", List.of("t", "n", "d", "day", "at", "b"));
              try {
                for (Object[] row : rows) {
                  for (Object value : row) {
                    copy.value(value);
                  }
                  copy.endRow();
                }
                assertThat(copy.end()).isEqualTo(rows.size());
              } finally {
                copy.cancel();
              }
              return template.query(
                  "SELECT t, n, d, day, at, b FROM copy_check ORDER BY i",
                  (rs, n) ->
                      Arrays.asList(
                          rs.getString(1),
                          rs.getObject(2, Long.class),
                          rs.getBigDecimal(3),
                          rs.getObject(4, LocalDate.class),
                          rs.getObject(5, LocalDateTime.class),
                          rs.getObject(6, Boolean.class)));
            });

    List<List<Object>> expected = new ArrayList<>();
    for (Object[] row : rows) {
      List<Object> values = Arrays.asList(row.clone());
      if (values.get(2) instanceof BigDecimal d) {
        values.set(2, new BigDecimal(d.toPlainString()));
      }
      expected.add(values);
    }
    assertThat(back).isEqualTo(expected);
  }
}
