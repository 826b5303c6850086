package io.lineup.load;

import io.lineup.job.ImportJob;
import io.lineup.table.Field;
import io.lineup.table.FieldType;
import io.lineup.table.SystemFields;
import io.lineup.table.TableDefinition;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;

/** Chooses how a job's records reach its table, by the kind of table. */
final class MergerFactory {

  private MergerFactory() {}

  /**
   * @param mapped the fields the job maps, in mapping order
   * @param profileList the profile list a PROFILE_EXTENSION extends, else null
   */
  static Merger create(
      JdbcTemplate jdbc,
      ImportJob job,
      TableDefinition table,
      TableDefinition profileList,
      List<Field> mapped,
      Clock clock) {
    return create(jdbc, job, table, profileList, mapped, clock, new BatchWriter(jdbc));
  }

  /**
   * @param writer how decided rows reach the table: JDBC batches or PostgreSQL COPY
   */
  static Merger create(
      JdbcTemplate jdbc,
      ImportJob job,
      TableDefinition table,
      TableDefinition profileList,
      List<Field> mapped,
      Clock clock,
      RowWriter writer) {
    return switch (table.kind()) {
      case PROFILE_LIST -> {
        AtomicReference<LocalDateTime> stamp = new AtomicReference<>();
        KeyedMerge merge = profileList(jdbc, job, table, mapped, values -> stamp.get(), writer);
        yield chunk -> {
          stamp.set(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
          return merge.apply(chunk);
        };
      }
      case SUPPLEMENTAL -> supplemental(jdbc, job, table, mapped, writer)::apply;
      case PROFILE_EXTENSION -> extension(jdbc, job, table, profileList, mapped, writer);
    };
  }

  /**
   * @param now the time of the chunk being merged: a record's CREATED_ and MODIFIED_ agree
   */
  private static KeyedMerge profileList(
      JdbcTemplate jdbc,
      ImportJob job,
      TableDefinition table,
      List<Field> mapped,
      Function<Map<String, Object>, Object> now,
      RowWriter writer) {
    List<Field> key = fields(table, job.match());
    List<Column> insert = new ArrayList<>();
    List<Column> update = new ArrayList<>();
    boolean permissionMapped = false;
    for (Field field : mapped) {
      if (SystemFields.DERIVED.contains(field.name())) {
        continue;
      }
      Column column = Column.mapped(field.name(), field.type());
      if (field.name().equals(SystemFields.EMAIL_PERMISSION)) {
        permissionMapped = true;
        String fallback = job.mergeRule().defaultPermissionStatus().code();
        insert.add(
            Column.of(field.name(), FieldType.TEXT, v -> orElse(v.get(field.name()), fallback)));
        update.add(column.keepingWhenNull());
        continue;
      }
      insert.add(column);
      if (!key.contains(field)) {
        update.add(column);
      }
    }
    if (!permissionMapped) {
      String status = job.mergeRule().defaultPermissionStatus().code();
      insert.add(Column.of(SystemFields.EMAIL_PERMISSION, FieldType.TEXT, v -> status));
    }
    if (mapped.stream().anyMatch(f -> f.name().equals(SystemFields.EMAIL))) {
      for (List<Column> columns : List.of(insert, update)) {
        columns.add(
            Column.of(
                SystemFields.EMAIL_MD5,
                FieldType.TEXT,
                v -> EmailHashes.md5(v.get(SystemFields.EMAIL))));
        columns.add(
            Column.of(
                SystemFields.EMAIL_SHA256,
                FieldType.TEXT,
                v -> EmailHashes.sha256(v.get(SystemFields.EMAIL))));
      }
    }
    insert.add(Column.of(SystemFields.CREATED, FieldType.TIMESTAMP, now));
    insert.add(Column.of(SystemFields.MODIFIED, FieldType.TIMESTAMP, now));
    update.add(Column.of(SystemFields.MODIFIED, FieldType.TIMESTAMP, now));
    return new KeyedMerge(
        jdbc, new Target(table.name(), key, insert, update), job.mergeRule(), writer);
  }

  private static KeyedMerge supplemental(
      JdbcTemplate jdbc,
      ImportJob job,
      TableDefinition table,
      List<Field> mapped,
      RowWriter writer) {
    List<Field> key = fields(table, table.primaryKey());
    List<Column> insert = mapped.stream().map(f -> Column.mapped(f.name(), f.type())).toList();
    List<Column> update =
        mapped.stream()
            .filter(f -> !key.contains(f))
            .map(f -> Column.mapped(f.name(), f.type()))
            .toList();
    return new KeyedMerge(
        jdbc,
        new Target(table.name(), key, insert, update),
        job.mergeRule().forTableMode(),
        writer);
  }

  private static Merger extension(
      JdbcTemplate jdbc,
      ImportJob job,
      TableDefinition table,
      TableDefinition profileList,
      List<Field> mapped,
      RowWriter writer) {
    Field riid = table.field(SystemFields.RIID).orElseThrow();
    List<Field> own = mapped.stream().filter(f -> table.field(f.name()).isPresent()).toList();
    List<Column> insert = new ArrayList<>();
    insert.add(Column.mapped(SystemFields.RIID, FieldType.INTEGER));
    own.stream()
        .filter(f -> !f.name().equals(SystemFields.RIID))
        .forEach(f -> insert.add(Column.mapped(f.name(), f.type())));
    List<Column> update = insert.subList(1, insert.size());
    KeyedMerge merge =
        new KeyedMerge(
            jdbc, new Target(table.name(), List.of(riid), insert, update), job.mergeRule(), writer);
    return new ExtensionMerger(
        jdbc, profileList.name(), fields(profileList, job.match()), riid, merge);
  }

  private static List<Field> fields(TableDefinition table, List<String> names) {
    return names.stream().map(n -> table.field(n).orElseThrow()).toList();
  }

  private static Object orElse(Object value, Object fallback) {
    return value == null ? fallback : value;
  }
}
