package io.lineup.table;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The definitions of user tables (lineup_table, lineup_table_field). */
@Repository
public class TableRepository {

  private final JdbcClient jdbc;

  TableRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(TableDefinition table) {
    jdbc.sql(
            """
            INSERT INTO lineup_table (name, kind, profile_list, primary_key, created_at)
            VALUES (:name, :kind, :profileList, :primaryKey, :createdAt)""")
        .param("name", table.name())
        .param("kind", table.kind().name())
        .param("profileList", table.profileList())
        .param("primaryKey", String.join(",", table.primaryKey()))
        .param("createdAt", table.createdAt().atOffset(ZoneOffset.UTC))
        .update();
    int ordinal = 0;
    for (Field field : table.fields()) {
      jdbc.sql(
              """
              INSERT INTO lineup_table_field (table_name, ordinal, name, type, length, system_field)
              VALUES (?, ?, ?, ?, ?, ?)""")
          .params(
              table.name(),
              ordinal++,
              field.name(),
              field.type().name(),
              field.length(),
              field.system())
          .update();
    }
  }

  public Optional<TableDefinition> find(String name) {
    return findWhere("WHERE t.name = :name", Map.of("name", name)).stream().findFirst();
  }

  public List<TableDefinition> findAll() {
    return findWhere("", Map.of());
  }

  /** Names of the tables and jobs that stop {@code name} from being deleted. */
  List<String> dependents(String name) {
    List<String> dependents = new ArrayList<>();
    jdbc.sql("SELECT name FROM lineup_table WHERE profile_list = ? ORDER BY name")
        .param(name)
        .query(String.class)
        .list()
        .forEach(t -> dependents.add("table " + t));
    jdbc.sql("SELECT name FROM lineup_job WHERE table_name = ? ORDER BY id")
        .param(name)
        .query(String.class)
        .list()
        .forEach(j -> dependents.add("job '" + j + "'"));
    return dependents;
  }

  void delete(String name) {
    jdbc.sql("DELETE FROM lineup_table WHERE name = ?").param(name).update();
  }

  private List<TableDefinition> findWhere(String where, Map<String, ?> params) {
    Map<String, TableHeader> headers = new LinkedHashMap<>();
    jdbc.sql("SELECT * FROM lineup_table t " + where + " ORDER BY t.name")
        .params(params)
        .query((rs, i) -> header(rs))
        .list()
        .forEach(h -> headers.put(h.name, h));
    if (headers.isEmpty()) {
      return List.of();
    }
    jdbc.sql(
            "SELECT f.* FROM lineup_table_field f JOIN lineup_table t ON t.name = f.table_name "
                + where
                + " ORDER BY f.table_name, f.ordinal")
        .params(params)
        .query(
            (ResultSet rs) -> {
              Integer length = rs.getObject("length", Integer.class);
              headers
                  .get(rs.getString("table_name"))
                  .fields
                  .add(
                      new Field(
                          rs.getString("name"),
                          FieldType.valueOf(rs.getString("type")),
                          length,
                          rs.getBoolean("system_field")));
            });
    return headers.values().stream().map(TableHeader::definition).toList();
  }

  private static TableHeader header(ResultSet rs) throws SQLException {
    String key = rs.getString("primary_key");
    return new TableHeader(
        rs.getString("name"),
        TableKind.valueOf(rs.getString("kind")),
        rs.getString("profile_list"),
        key == null || key.isEmpty() ? List.of() : Arrays.asList(key.split(",")),
        rs.getObject("created_at", OffsetDateTime.class).toInstant());
  }

  private record TableHeader(
      String name,
      TableKind kind,
      String profileList,
      List<String> primaryKey,
      Instant createdAt,
      List<Field> fields) {

    TableHeader(
        String name, TableKind kind, String profileList, List<String> primaryKey, Instant at) {
      this(name, kind, profileList, primaryKey, at, new ArrayList<>());
    }

    TableDefinition definition() {
      return new TableDefinition(name, kind, profileList, primaryKey, fields, createdAt);
    }
  }
}
