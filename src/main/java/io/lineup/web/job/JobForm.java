package io.lineup.web.job;

import io.lineup.job.Channel;
import io.lineup.job.ColumnMapping;
import io.lineup.job.Compression;
import io.lineup.job.Format;
import io.lineup.job.ImportJob;
import io.lineup.job.JobRequest;
import io.lineup.job.MergeRule;
import io.lineup.job.PermissionStatus;
import io.lineup.job.Source;
import io.lineup.job.SourceType;
import io.lineup.job.TableMode;
import io.lineup.job.UpdateOnMatch;
import java.util.ArrayList;
import java.util.List;
import org.springframework.util.MultiValueMap;

/** The import job wizard's form, read into the request the job service checks and saves. */
final class JobForm {

  static final int BLANK_MAPPING_ROWS = 3;

  private JobForm() {}

  static JobRequest read(MultiValueMap<String, String> form) {
    List<String> columns = form.getOrDefault("column", List.of());
    List<String> fields = form.getOrDefault("field", List.of());
    List<ColumnMapping> mapping = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      String column = columns.get(i).trim();
      String field = i < fields.size() ? fields.get(i).trim() : "";
      if (!column.isEmpty() || !field.isEmpty()) {
        mapping.add(new ColumnMapping(column, field.isEmpty() ? null : field));
      }
    }
    List<String> match =
        form.getOrDefault("match", List.of()).stream()
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .toList();
    return new JobRequest(
        text(form, "name"),
        text(form, "description"),
        text(form, "table"),
        new Source(
            choice(form, "sourceType", SourceType.class, SourceType.LOCAL),
            text(form, "path"),
            choice(form, "sourceType", SourceType.class, SourceType.LOCAL) == SourceType.SFTP
                    && text(form, "connectionId") != null
                ? Long.valueOf(text(form, "connectionId"))
                : null,
            form.containsKey("archive"),
            form.containsKey("deleteOnSuccess"),
            text(form, "zone")),
        new Format(
            raw(form, "delimiter"),
            raw(form, "qualifier"),
            form.containsKey("header"),
            text(form, "charset"),
            choice(form, "compression", Compression.class, Compression.NONE),
            text(form, "datePattern"),
            text(form, "timestampPattern"),
            text(form, "countFile")),
        mapping,
        match,
        new MergeRule(
            form.containsKey("insertOnNoMatch"),
            choice(form, "updateOnMatch", UpdateOnMatch.class, UpdateOnMatch.REPLACE_ALL),
            choice(form, "defaultPermissionStatus", PermissionStatus.class, PermissionStatus.OPTIN),
            text(form, "optInValue"),
            text(form, "optOutValue"),
            choice(form, "requiredChannel", Channel.class, null),
            choice(form, "tableMode", TableMode.class, TableMode.MERGE)),
        form.containsKey("onDemand"));
  }

  static JobRequest blank() {
    return new JobRequest(
        "",
        "",
        null,
        new Source(SourceType.LOCAL, "", null, false, false),
        Format.csv(),
        List.of(),
        List.of(),
        MergeRule.upsert(),
        true);
  }

  static JobRequest of(ImportJob j) {
    return new JobRequest(
        j.name(),
        j.description(),
        j.table(),
        j.source(),
        j.format(),
        j.mapping(),
        j.match(),
        j.mergeRule(),
        j.onDemand());
  }

  /** The mapping rows to show: the job's, then blank rows to add more. */
  static List<ColumnMapping> rows(JobRequest r) {
    List<ColumnMapping> rows = new ArrayList<>(r.mapping() == null ? List.of() : r.mapping());
    for (int i = 0; i < BLANK_MAPPING_ROWS; i++) {
      rows.add(new ColumnMapping("", ""));
    }
    return rows;
  }

  /** One of the options a select offers; what the form does not send takes the default. */
  private static <E extends Enum<E>> E choice(
      MultiValueMap<String, String> form, String name, Class<E> type, E fallback) {
    String value = form.getFirst(name);
    for (E option : type.getEnumConstants()) {
      if (option.name().equals(value)) {
        return option;
      }
    }
    return fallback;
  }

  private static String text(MultiValueMap<String, String> form, String name) {
    String value = form.getFirst(name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  /** A delimiter or qualifier is kept as typed: a space or an empty qualifier mean something. */
  private static String raw(MultiValueMap<String, String> form, String name) {
    String value = form.getFirst(name);
    if (value == null) {
      return null;
    }
    return value.equals("\\t") ? "\t" : value;
  }
}
