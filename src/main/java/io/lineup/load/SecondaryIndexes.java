package io.lineup.load;

import static io.lineup.common.Identifier.quote;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The plain (not unique, not primary key) indexes of a PostgreSQL table, dropped for a bulk load
 * into the empty table and built again after it: one sort per index instead of a million inserts
 * into each. Both happen inside the import's transaction, so a failed load gets them back as they
 * were.
 */
final class SecondaryIndexes {

  /**
   * @param name quoted by PostgreSQL
   */
  private record Index(String name, String definition) {}

  private final JdbcTemplate jdbc;
  private final List<Index> dropped;

  private SecondaryIndexes(JdbcTemplate jdbc, List<Index> dropped) {
    this.jdbc = jdbc;
    this.dropped = dropped;
  }

  static SecondaryIndexes drop(JdbcTemplate jdbc, String table) {
    List<Index> indexes =
        jdbc.query(
            "SELECT quote_ident(c.relname), pg_get_indexdef(i.indexrelid) FROM pg_index i"
                + " JOIN pg_class c ON c.oid = i.indexrelid"
                + " WHERE i.indrelid = CAST(? AS regclass)"
                + " AND NOT i.indisprimary AND NOT i.indisunique",
            (rs, n) -> new Index(rs.getString(1), rs.getString(2)),
            quote(table));
    for (Index index : indexes) {
      jdbc.execute("DROP INDEX " + index.name());
    }
    return new SecondaryIndexes(jdbc, indexes);
  }

  long restore() {
    dropped.forEach(index -> jdbc.execute(index.definition()));
    return dropped.size();
  }
}
