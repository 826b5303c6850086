package io.lineup.load;

import static io.lineup.common.Identifier.quote;

import io.lineup.table.Field;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL's bulk path: inserts are COPYed straight into the table; updates are COPYed into a
 * temporary staging table (dropped at commit) and applied with one {@code UPDATE ... FROM}. Runs on
 * the import's connection, inside its transaction.
 */
final class CopyWriter implements RowWriter {

  private final JdbcTemplate jdbc;
  private final Set<String> staged = new HashSet<>();

  CopyWriter(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void insert(Target target, List<ParsedRecord> rows) {
    if (rows.isEmpty()) {
      return;
    }
    List<Function<ParsedRecord, Object>> values = new ArrayList<>();
    target.insert().forEach(c -> values.add(r -> c.value().apply(r.values())));
    copy(quote(target.table()) + " (" + names(target.insert()) + ")", values, rows);
  }

  @Override
  public void update(Target target, List<ParsedRecord> rows) {
    if (rows.isEmpty() || target.update().isEmpty()) {
      return;
    }
    String table = quote(target.table());
    // one import writes one table, on its own connection: one staging table per import
    String stage = "lineup_stage";
    String keys = target.key().stream().map(f -> quote(f.name())).collect(Collectors.joining(", "));
    String columns = keys + ", " + names(target.update());
    if (staged.add(stage)) {
      jdbc.execute(
          "CREATE TEMPORARY TABLE "
              + stage
              + " ON COMMIT DROP AS SELECT "
              + columns
              + " FROM "
              + table
              + " WITH NO DATA");
    } else {
      jdbc.execute("TRUNCATE " + stage);
    }
    List<Function<ParsedRecord, Object>> values = new ArrayList<>();
    for (Field key : target.key()) {
      values.add(r -> r.values().get(key.name()));
    }
    target.update().forEach(c -> values.add(r -> c.value().apply(r.values())));
    copy(stage + " (" + columns + ")", values, rows);
    // without statistics the planner may hash-join a scan of the whole table for every chunk
    jdbc.execute("ANALYZE " + stage);
    String set =
        target.update().stream()
            .map(
                c -> {
                  String name = quote(c.name());
                  return c.keepWhenNull()
                      ? name + " = COALESCE(s." + name + ", t." + name + ")"
                      : name + " = s." + name;
                })
            .collect(Collectors.joining(", "));
    String on =
        target.key().stream()
            .map(f -> "t." + quote(f.name()) + " = s." + quote(f.name()))
            .collect(Collectors.joining(" AND "));
    // one index probe on the table per staged row: a hash or merge join would read the whole
    // table for every chunk
    jdbc.execute(
        "SET LOCAL enable_seqscan = on; SET LOCAL enable_hashjoin = off;"
            + " SET LOCAL enable_mergejoin = off");
    jdbc.update("UPDATE " + table + " t SET " + set + " FROM " + stage + " s WHERE " + on);
    jdbc.execute(
        "SET LOCAL enable_seqscan = off; SET LOCAL enable_hashjoin = on;"
            + " SET LOCAL enable_mergejoin = on");
  }

  private void copy(
      String into, List<Function<ParsedRecord, Object>> values, List<ParsedRecord> rows) {
    StringBuilder csv = new StringBuilder(rows.size() * 64 * values.size());
    for (ParsedRecord row : rows) {
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          csv.append(',');
        }
        append(csv, values.get(i).apply(row));
      }
      csv.append('\n');
    }
    String sql = "COPY " + into + " FROM STDIN (FORMAT csv)";
    jdbc.execute(
        (ConnectionCallback<Long>)
            con -> {
              try {
                return con.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(sql, new StringReader(csv.toString()));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /** In COPY's CSV, an unquoted empty field is NULL and a quoted one is the empty text. */
  private static void append(StringBuilder csv, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof String s) {
      csv.append('"').append(s.replace("\"", "\"\"")).append('"');
    } else if (value instanceof BigDecimal d) {
      csv.append(d.toPlainString());
    } else if (value instanceof Boolean b) {
      csv.append(b ? 't' : 'f');
    } else {
      csv.append(value);
    }
  }

  private static String names(List<Column> columns) {
    return columns.stream().map(c -> quote(c.name())).collect(Collectors.joining(", "));
  }
}
