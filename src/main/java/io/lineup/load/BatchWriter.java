package io.lineup.load;

import static io.lineup.common.Identifier.quote;

import io.lineup.table.Field;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/** JDBC batches: one batched INSERT and one batched UPDATE per chunk. Works on any database. */
final class BatchWriter {

  private final JdbcTemplate jdbc;

  BatchWriter(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Target target, List<ParsedRecord> rows) {
    batch(insertSql(target), target.insert(), List.of(), rows);
  }

  void update(Target target, List<ParsedRecord> rows) {
    if (!target.update().isEmpty()) {
      batch(updateSql(target), target.update(), target.key(), rows);
    }
  }

  private void batch(String sql, List<Column> columns, List<Field> key, List<ParsedRecord> rows) {
    if (rows.isEmpty()) {
      return;
    }
    jdbc.batchUpdate(
        sql,
        rows,
        rows.size(),
        (PreparedStatement ps, ParsedRecord row) -> {
          int i = 1;
          for (Column column : columns) {
            set(ps, i++, column.sqlType(), column.valueIn(row.values()));
          }
          for (Field field : key) {
            set(ps, i++, Column.sqlType(field.type()), row.values().get(field.name()));
          }
        });
  }

  private static void set(PreparedStatement ps, int index, int sqlType, Object value)
      throws SQLException {
    if (value == null) {
      ps.setNull(index, sqlType);
    } else {
      ps.setObject(index, value, sqlType);
    }
  }

  private static String insertSql(Target target) {
    String columns =
        target.insert().stream().map(c -> quote(c.name())).collect(Collectors.joining(", "));
    String marks = target.insert().stream().map(c -> "?").collect(Collectors.joining(", "));
    return "INSERT INTO " + quote(target.table()) + " (" + columns + ") VALUES (" + marks + ")";
  }

  private static String updateSql(Target target) {
    String set =
        target.update().stream()
            .map(
                c ->
                    c.keepWhenNull()
                        ? quote(c.name()) + " = COALESCE(?, " + quote(c.name()) + ")"
                        : quote(c.name()) + " = ?")
            .collect(Collectors.joining(", "));
    String where =
        target.key().stream()
            .map(f -> quote(f.name()) + " = ?")
            .collect(Collectors.joining(" AND "));
    return "UPDATE " + quote(target.table()) + " SET " + set + " WHERE " + where;
  }
}
