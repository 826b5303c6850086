package io.lineup.job;

import io.lineup.common.Errors;
import io.lineup.group.ScheduleType;
import io.lineup.schedule.ScheduleRules;
import io.lineup.source.DropRoot;
import io.lineup.source.FileNames;
import io.lineup.table.SystemFields;
import io.lineup.table.TableDefinition;
import io.lineup.table.TableKind;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Checks an import job against its table and the drop root, collecting every problem. */
final class JobRules {

  static final int MAX_NAME = 100;
  static final int MAX_DESCRIPTION = 1000;

  private JobRules() {}

  /** The request with defaults applied, as the parts of a job; throws with all errors found. */
  static JobRequest check(
      JobRequest r, Function<String, Optional<TableDefinition>> tables, Instant now) {
    Errors errors = new Errors();
    errors.name("name", r.name(), MAX_NAME);
    errors.text("description", r.description(), MAX_DESCRIPTION);
    Format format = r.format() == null ? Format.csv() : r.format();
    MergeRule rule = r.mergeRule() == null ? MergeRule.upsert() : r.mergeRule();
    checkSource(r.source(), errors);
    checkFormat(format, r.source(), errors);
    boolean onDemand = r.onDemand() == null || r.onDemand();
    if (onDemand) {
      errors.require(
          r.schedule().type() == ScheduleType.NONE,
          "schedule.type",
          "a job set to run on demand has no schedule of its own: set onDemand to false");
    } else {
      ScheduleRules.check(r.schedule(), "schedule", now, errors);
    }
    Optional<TableDefinition> table =
        r.table() == null ? Optional.empty() : tables.apply(r.table());
    List<String> match = r.match() == null ? List.of() : r.match();
    if (errors.require(table.isPresent(), "table", "'" + r.table() + "' is not a table")) {
      TableDefinition profileList =
          table.get().kind() == TableKind.PROFILE_EXTENSION
              ? tables.apply(table.get().profileList()).orElseThrow()
              : null;
      if (table.get().kind() == TableKind.SUPPLEMENTAL && match.isEmpty()) {
        match = table.get().primaryKey();
      }
      checkMapping(r.mapping(), format, table.get(), profileList, errors);
      checkMatch(match, r.mapping(), rule, table.get(), errors);
      if (table.get().kind() == TableKind.PROFILE_LIST) {
        checkRule(rule, r.mapping(), errors);
      }
      errors.require(
          table.get().kind() == TableKind.SUPPLEMENTAL || rule.tableMode() == TableMode.MERGE,
          "mergeRule.tableMode",
          "APPEND and REPLACE are for SUPPLEMENTAL tables");
    }
    errors.throwIfAny();
    return new JobRequest(
        r.name(),
        r.description(),
        r.table(),
        r.source(),
        format,
        r.mapping(),
        match,
        rule,
        onDemand,
        r.schedule(),
        r.expiresAt());
  }

  private static void checkSource(Source source, Errors errors) {
    if (!errors.require(source != null && source.type() != null, "source.type", "LOCAL or SFTP")) {
      return;
    }
    if (source.type() == SourceType.SFTP) {
      errors.require(
          source.connectionId() != null,
          "source.connectionId",
          "an SFTP source needs a connection");
      if (!errors.require(
          source.path() != null && !source.path().isBlank(), "source.path", "is required")) {
        return;
      }
    } else {
      String problem = DropRoot.problem(source.path());
      if (problem != null) {
        errors.add("source.path", problem);
        return;
      }
    }
    String tokens = FileNames.problem(source.path(), source.zone());
    if (tokens != null) {
      errors.add("source.path", tokens);
    }
  }

  private static void checkFormat(Format f, Source source, Errors errors) {
    boolean local = source == null || source.type() != SourceType.SFTP;
    boolean delimiterOk =
        errors.require(
            f.delimiter().length() == 1 && !isLineBreak(f.delimiter()),
            "format.delimiter",
            "must be one character, not a line break");
    errors.require(
        f.qualifier().isEmpty()
            || (f.qualifier().length() == 1
                && !isLineBreak(f.qualifier())
                && !(delimiterOk && f.qualifier().equals(f.delimiter()))),
        "format.qualifier",
        "must be empty or one character other than the delimiter");
    errors.require(supported(f.charset()), "format.charset", "'" + f.charset() + "' is unknown");
    checkPattern(f.datePattern(), false, "format.datePattern", errors);
    checkPattern(f.timestampPattern(), true, "format.timestampPattern", errors);
    if (f.countFile() != null) {
      String problem = local ? DropRoot.problem(f.countFile()) : null;
      if (problem == null) {
        // the zone is the source's, and checked with its path
        problem = FileNames.problem(f.countFile(), null);
      }
      if (problem != null) {
        errors.add("format.countFile", problem);
      }
    }
  }

  /** A pattern must parse back what it writes, to the day (or the second for a timestamp). */
  private static void checkPattern(String pattern, boolean time, String path, Errors errors) {
    LocalDateTime sample = LocalDateTime.of(2026, 12, 31, 23, 59, 58);
    try {
      DateTimeFormatter formatter =
          new DateTimeFormatterBuilder()
              .appendPattern(pattern)
              .parseDefaulting(ChronoField.ERA, 1)
              .toFormatter(Locale.ROOT)
              .withResolverStyle(ResolverStyle.STRICT);
      String written = formatter.format(sample);
      boolean whole =
          time
              ? LocalDateTime.parse(written, formatter).equals(sample)
              : LocalDate.parse(written, formatter).equals(sample.toLocalDate());
      errors.require(
          whole, path, "'" + pattern + "' must give a whole " + (time ? "date and time" : "date"));
    } catch (IllegalArgumentException | DateTimeException e) {
      errors.add(
          path,
          "'"
              + pattern
              + "' is not a pattern that gives a whole "
              + (time ? "date and time" : "date")
              + ", like yyyy-MM-dd");
    }
  }

  private static void checkRule(MergeRule rule, List<ColumnMapping> mapping, Errors errors) {
    errors.require(
        !rule.optInValue().isEmpty()
            && !rule.optOutValue().isEmpty()
            && !rule.optInValue().equals(rule.optOutValue()),
        "mergeRule.optOutValue",
        "the opt-in and opt-out values must be two different non-empty values");
    if (rule.requiredChannel() != null && mapping != null) {
      errors.require(
          mapping.stream().anyMatch(m -> rule.requiredChannel().field().equals(m.field())),
          "mergeRule.requiredChannel",
          rule.requiredChannel().field() + " must be mapped from a column to be required");
    }
  }

  private static void checkMapping(
      List<ColumnMapping> mapping,
      Format format,
      TableDefinition table,
      TableDefinition profileList,
      Errors errors) {
    if (!errors.require(
        mapping != null && !mapping.isEmpty(), "mapping", "map at least one column")) {
      return;
    }
    Set<String> fields = new HashSet<>();
    for (int i = 0; i < mapping.size(); i++) {
      ColumnMapping m = mapping.get(i);
      String path = "mapping[" + i + "]";
      if (errors.require(
              m.column() != null && !m.column().isEmpty(), path + ".column", "is required")
          && !format.header()) {
        errors.require(
            m.column().matches("[1-9][0-9]{0,3}"),
            path + ".column",
            "without a header row, columns are numbered from 1");
      }
      if (!errors.require(m.field() != null, path + ".field", "is required")) {
        continue;
      }
      boolean known =
          table.field(m.field()).isPresent()
              || (profileList != null && SystemFields.MATCH_KEYS.contains(m.field()));
      if (!errors.require(
          known, path + ".field", "'" + m.field() + "' is not in " + table.name())) {
        continue;
      }
      errors.require(fields.add(m.field()), path + ".field", "'" + m.field() + "' is mapped twice");
      errors.require(
          table.kind() != TableKind.PROFILE_LIST
              || !SystemFields.DERIVED.contains(m.field())
              || m.field().equals(SystemFields.RIID),
          path + ".field",
          "'" + m.field() + "' is set by Lineup and cannot be imported");
    }
  }

  private static void checkMatch(
      List<String> match,
      List<ColumnMapping> mapping,
      MergeRule rule,
      TableDefinition table,
      Errors errors) {
    if (!errors.require(
        !match.isEmpty() && (table.kind() == TableKind.SUPPLEMENTAL || match.size() <= 2),
        "match",
        "choose one or two match fields")) {
      return;
    }
    Set<String> mapped = new HashSet<>();
    if (mapping != null) {
      mapping.forEach(m -> mapped.add(m.field()));
    }
    for (int i = 0; i < match.size(); i++) {
      String field = match.get(i);
      String path = "match[" + i + "]";
      if (table.kind() == TableKind.SUPPLEMENTAL) {
        errors.require(
            table.primaryKey().contains(field),
            path,
            "a SUPPLEMENTAL table is matched on its primary key " + table.primaryKey());
      } else {
        errors.require(
            SystemFields.MATCH_KEYS.contains(field),
            path,
            "'" + field + "' is not a match field: use one of " + SystemFields.MATCH_KEYS);
      }
      errors.require(mapped.contains(field), path, "'" + field + "' must be mapped from a column");
    }
    if (table.kind() == TableKind.SUPPLEMENTAL) {
      errors.require(
          new HashSet<>(match).equals(new HashSet<>(table.primaryKey())),
          "match",
          "a SUPPLEMENTAL table is matched on its whole primary key " + table.primaryKey());
    }
    errors.require(
        table.kind() != TableKind.PROFILE_LIST
            || !match.contains(SystemFields.RIID)
            || !rule.insertOnNoMatch(),
        "mergeRule.insertOnNoMatch",
        "RIID_ is generated by Lineup: a job matching on RIID_ can only update");
  }

  private static boolean isLineBreak(String s) {
    return s.equals("\n") || s.equals("\r");
  }

  private static boolean supported(String charset) {
    try {
      return charset != null && Charset.isSupported(charset);
    } catch (IllegalCharsetNameException e) {
      return false;
    }
  }
}
