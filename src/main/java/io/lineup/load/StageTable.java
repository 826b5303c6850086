package io.lineup.load;

import static io.lineup.common.Identifier.quote;

import io.lineup.table.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The temporary table one import stages its records in, and the statements that merge it into the
 * target. Its columns are named by position ({@code k1} for the lookup key, {@code v1} for the
 * target's columns), typed as the fields they hold, so that COPY checks nothing Lineup has not
 * checked already and no user field name can clash with Lineup's own ({@code seq_} for the file
 * order, {@code line_}, {@code dup_}, {@code record_} for rejecting).
 */
final class StageTable {

  static final String NAME = "lineup_stage";

  private final Target target;
  private final MergePlan.ProfileLookup profiles;
  private final List<Field> lookup;
  private final boolean keepsRecords;
  private final Map<String, String> staged = new HashMap<>();
  private final List<String> key;

  StageTable(MergePlan plan, boolean keepsRecords) {
    this.target = plan.target();
    this.profiles = plan.profiles();
    this.lookup = plan.lookupKey();
    this.keepsRecords = keepsRecords;
    List<Column> columns = target.insert();
    for (int i = 0; i < columns.size(); i++) {
      staged.put(columns.get(i).name(), "v" + (i + 1));
    }
    for (Column column : target.update()) {
      if (!staged.containsKey(column.name())) {
        throw new IllegalArgumentException(column.name() + " is updated but never inserted");
      }
    }
    this.key =
        profiles == null
            ? IntStream.rangeClosed(1, lookup.size()).mapToObj(i -> "k" + i).toList()
            : List.of(staged.get(profiles.riid().name()));
  }

  Target target() {
    return target;
  }

  MergePlan.ProfileLookup profiles() {
    return profiles;
  }

  /** The fields a record is found by, staged as k1, k2. */
  List<Field> lookup() {
    return lookup;
  }

  /** The target's insert columns, staged as v1, v2... with the file's values. */
  List<Column> columns() {
    return target.insert();
  }

  boolean keepsRecords() {
    return keepsRecords;
  }

  String create() {
    String from = profiles == null ? "" : ", " + quote(profiles.profileList()) + " l";
    String lookupAlias = profiles == null ? "t." : "l.";
    List<String> select = new ArrayList<>();
    select.add("CAST(NULL AS bigint) AS seq_");
    select.add("CAST(NULL AS bigint) AS line_");
    select.add("CAST(NULL AS boolean) AS dup_");
    select.add("CAST(NULL AS text) AS record_");
    for (int i = 0; i < lookup.size(); i++) {
      select.add(lookupAlias + quote(lookup.get(i).name()) + " AS k" + (i + 1));
    }
    for (Column column : target.insert()) {
      select.add("t." + quote(column.name()) + " AS " + staged.get(column.name()));
    }
    return "CREATE TEMPORARY TABLE "
        + NAME
        + " ON COMMIT DROP AS SELECT "
        + String.join(", ", select)
        + " FROM "
        + quote(target.table())
        + " t"
        + from
        + " WITH NO DATA";
  }

  /** The staging table's columns COPY fills, in the order values are written. */
  List<String> copyColumns() {
    List<String> names = new ArrayList<>(List.of("seq_", "dup_"));
    if (keepsRecords) {
      names.addAll(List.of("line_", "record_"));
    }
    for (int i = 1; i <= lookup.size(); i++) {
      names.add("k" + i);
    }
    target.insert().forEach(c -> names.add(staged.get(c.name())));
    return names;
  }

  /**
   * Sets each staged record's RIID_ from its profile: the lowest when several match. With an index
   * on the match, one probe a record; without, one pass over the profile list.
   */
  String findProfiles() {
    String riid = quote(profiles.riid().name());
    String list = quote(profiles.profileList());
    List<String> on = new ArrayList<>();
    for (int i = 0; i < lookup.size(); i++) {
      on.add("p." + quote(lookup.get(i).name()) + " = s.k" + (i + 1));
    }
    if (profiles.indexed()) {
      return "UPDATE "
          + NAME
          + " s SET "
          + key.get(0)
          + " = (SELECT min(p."
          + riid
          + ") FROM "
          + list
          + " p WHERE "
          + String.join(" AND ", on)
          + ")";
    }
    String match = lookup.stream().map(f -> quote(f.name())).collect(Collectors.joining(", "));
    return "UPDATE "
        + NAME
        + " s SET "
        + key.get(0)
        + " = p.riid_ FROM (SELECT "
        + match
        + ", min("
        + riid
        + ") AS riid_ FROM "
        + list
        + " GROUP BY "
        + match
        + ") p WHERE "
        + String.join(" AND ", on);
  }

  String whereNoProfile() {
    return "s." + key.get(0) + " IS NULL";
  }

  /** True for a staged record {@code s} whose key the target holds. */
  String exists() {
    return "EXISTS (SELECT 1 FROM " + quote(target.table()) + " t WHERE " + matches("t", "s") + ")";
  }

  /** Two staged rows with the same key. */
  String sameKey(String a, String b) {
    return key.stream()
        .map(k -> a + "." + k + " = " + b + "." + k)
        .collect(Collectors.joining(" AND "));
  }

  /**
   * One row per key the file repeats: its first and last record, whether the target holds it, and
   * for each column kept when empty, its last non-empty value in the file.
   */
  String createRepeats() {
    String keys = key.stream().map(k -> "s." + k).collect(Collectors.joining(", "));
    String lastValues =
        kept().stream()
            .map(
                v ->
                    ", (array_agg(s."
                        + v
                        + " ORDER BY s.seq_ DESC) FILTER (WHERE s."
                        + v
                        + " IS NOT NULL))[1] AS "
                        + v)
            .collect(Collectors.joining());
    return "CREATE TEMPORARY TABLE lineup_repeat ON COMMIT DROP AS SELECT "
        + keys
        + ", min(s.seq_) AS first_, max(s.seq_) AS last_, "
        + exists()
        + " AS exists_"
        + lastValues
        + " FROM "
        + NAME
        + " s WHERE ("
        + keys
        + ") IN (SELECT "
        + String.join(", ", key)
        + " FROM "
        + NAME
        + " WHERE dup_) GROUP BY "
        + keys
        + " HAVING count(*) > 1";
  }

  /** Gives each repeated key's last record the last non-empty value of each column kept. */
  Optional<String> keptWhenEmpty() {
    if (kept().isEmpty()) {
      return Optional.empty();
    }
    String set = kept().stream().map(v -> v + " = r." + v).collect(Collectors.joining(", "));
    return Optional.of(
        "UPDATE " + NAME + " s SET " + set + " FROM lineup_repeat r WHERE s.seq_ = r.last_");
  }

  String update() {
    String set =
        target.update().stream()
            .map(
                c -> {
                  String name = quote(c.name());
                  String value = "s." + staged.get(c.name());
                  return name
                      + " = "
                      + (c.keepWhenNull() ? "COALESCE(" + value + ", t." + name + ")" : value);
                })
            .collect(Collectors.joining(", "));
    return "UPDATE "
        + quote(target.table())
        + " t SET "
        + set
        + " FROM "
        + NAME
        + " s WHERE "
        + matches("t", "s");
  }

  /** Updates the target, and answers how many staged records matched a row. */
  String updateCountingMatches() {
    return "WITH u AS (" + update() + " RETURNING s.seq_) SELECT count(DISTINCT seq_) FROM u";
  }

  /** The target's insert columns, for COPYing records straight into it. */
  List<String> targetColumns() {
    return target.insert().stream().map(c -> quote(c.name())).toList();
  }

  /** Inserts the staged records that meet {@code condition}. */
  String insert(String condition) {
    String columns =
        target.insert().stream().map(c -> quote(c.name())).collect(Collectors.joining(", "));
    String values =
        target.insert().stream()
            .map(
                c -> {
                  String value = "s." + staged.get(c.name());
                  return c.fallback() == null ? value : "COALESCE(" + value + ", ?)";
                })
            .collect(Collectors.joining(", "));
    return "INSERT INTO "
        + quote(target.table())
        + " ("
        + columns
        + ") SELECT "
        + values
        + " FROM "
        + NAME
        + " s WHERE "
        + condition;
  }

  /** The parameters of {@link #insert}: the fallback of each column that has one. */
  Object[] fallbacks() {
    return target.insert().stream().map(Column::fallback).filter(f -> f != null).toArray();
  }

  private String matches(String t, String s) {
    List<Field> fields = target.key();
    return IntStream.range(0, fields.size())
        .mapToObj(i -> t + "." + quote(fields.get(i).name()) + " = " + s + "." + key.get(i))
        .collect(Collectors.joining(" AND "));
  }

  private List<String> kept() {
    return target.update().stream()
        .filter(Column::keepWhenNull)
        .map(c -> staged.get(c.name()))
        .toList();
  }
}
