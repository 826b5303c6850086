package io.lineup.load;

import io.lineup.job.ImportJob;
import io.lineup.table.Field;
import io.lineup.table.FieldType;
import io.lineup.table.SystemFields;
import io.lineup.table.TableDefinition;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Chooses how a job's records reach its table, by the kind of table. */
final class MergerFactory {

  private MergerFactory() {}

  /**
   * @param mapped the fields the job maps, in mapping order
   * @param profileList the profile list a PROFILE_EXTENSION extends, else null
   * @param now the time of the import: every record it writes carries it in CREATED_ and MODIFIED_
   */
  static MergePlan plan(
      ImportJob job,
      TableDefinition table,
      TableDefinition profileList,
      List<Field> mapped,
      LocalDateTime now) {
    return switch (table.kind()) {
      case PROFILE_LIST ->
          new MergePlan(
              profileList(job, table, mapped, now), job.mergeRule(), null, indexed(job.match()));
      case SUPPLEMENTAL ->
          new MergePlan(supplemental(table, mapped), job.mergeRule().forTableMode(), null, true);
      case PROFILE_EXTENSION -> extension(job, table, profileList, mapped);
    };
  }

  /** Merges chunk by chunk with JDBC batches, on any database. */
  static Merger chunked(JdbcTemplate jdbc, MergePlan plan) {
    KeyedMerge merge = new KeyedMerge(jdbc, plan.target(), plan.rule());
    if (plan.profiles() == null) {
      return merge::apply;
    }
    MergePlan.ProfileLookup p = plan.profiles();
    return new ExtensionMerger(jdbc, p.profileList(), p.match(), p.riid(), merge);
  }

  private static Target profileList(
      ImportJob job, TableDefinition table, List<Field> mapped, LocalDateTime now) {
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
        insert.add(column.orElse(job.mergeRule().defaultPermissionStatus().code()));
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
      Column md5 =
          Column.of(
              SystemFields.EMAIL_MD5,
              FieldType.TEXT,
              v -> EmailHashes.md5(v.get(SystemFields.EMAIL)));
      Column sha256 =
          Column.of(
              SystemFields.EMAIL_SHA256,
              FieldType.TEXT,
              v -> EmailHashes.sha256(v.get(SystemFields.EMAIL)));
      insert.addAll(List.of(md5, sha256));
      update.addAll(List.of(md5, sha256));
    }
    Column created = Column.of(SystemFields.CREATED, FieldType.TIMESTAMP, v -> now);
    Column modified = Column.of(SystemFields.MODIFIED, FieldType.TIMESTAMP, v -> now);
    insert.addAll(List.of(created, modified));
    update.add(modified);
    return new Target(table.name(), key, insert, update);
  }

  private static Target supplemental(TableDefinition table, List<Field> mapped) {
    List<Field> key = fields(table, table.primaryKey());
    List<Column> insert = mapped.stream().map(f -> Column.mapped(f.name(), f.type())).toList();
    List<Column> update =
        mapped.stream()
            .filter(f -> !key.contains(f))
            .map(f -> Column.mapped(f.name(), f.type()))
            .toList();
    return new Target(table.name(), key, insert, update);
  }

  private static MergePlan extension(
      ImportJob job, TableDefinition table, TableDefinition profileList, List<Field> mapped) {
    Field riid = table.field(SystemFields.RIID).orElseThrow();
    List<Field> own = mapped.stream().filter(f -> table.field(f.name()).isPresent()).toList();
    List<Column> insert = new ArrayList<>();
    insert.add(Column.mapped(SystemFields.RIID, FieldType.INTEGER));
    own.stream()
        .filter(f -> !f.name().equals(SystemFields.RIID))
        .forEach(f -> insert.add(Column.mapped(f.name(), f.type())));
    List<Column> update = insert.subList(1, insert.size());
    return new MergePlan(
        new Target(table.name(), List.of(riid), insert, update),
        job.mergeRule(),
        new MergePlan.ProfileLookup(
            profileList.name(), fields(profileList, job.match()), riid, indexed(job.match())),
        true);
  }

  /** Whether one of a profile list's match fields has an index of its own. */
  private static boolean indexed(List<String> match) {
    return match.stream()
        .anyMatch(f -> f.equals(SystemFields.RIID) || SystemFields.INDEXED.contains(f));
  }

  private static List<Field> fields(TableDefinition table, List<String> names) {
    return names.stream().map(n -> table.field(n).orElseThrow()).toList();
  }
}
