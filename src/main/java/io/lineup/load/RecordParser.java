package io.lineup.load;

import io.lineup.table.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks one record against the job's mapping and the fields' types. */
final class RecordParser {

  /** A file column (by index) into a field. */
  record Binding(int column, Field field) {}

  private final int fieldCount;
  private final boolean exactCount;
  private final List<Binding> bindings;
  private final List<String> matchFields;
  private final ValueFormats formats;
  private final RawValue[] rawValues;
  private final String[] names;
  private final int[] slots;
  private final List<RecordCheck> checks;

  /**
   * @param exactCount whether every record must have exactly {@code fieldCount} fields (a file with
   *     a header) or at least that many (a file without one, mapped by position)
   */
  RecordParser(
      int fieldCount, boolean exactCount, List<Binding> bindings, List<String> matchFields) {
    this(fieldCount, exactCount, bindings, matchFields, ValueFormats.DEFAULT, Map.of(), List.of());
  }

  /**
   * @param rawValues how the file's values of some fields become the stored ones, by field name
   * @param checks rules the record must follow once its values are parsed, in order
   */
  RecordParser(
      int fieldCount,
      boolean exactCount,
      List<Binding> bindings,
      List<String> matchFields,
      ValueFormats formats,
      Map<String, RawValue> rawValues,
      List<RecordCheck> checks) {
    this.fieldCount = fieldCount;
    this.exactCount = exactCount;
    this.bindings = List.copyOf(bindings);
    this.matchFields = List.copyOf(matchFields);
    this.formats = formats;
    List<String> distinct = new ArrayList<>();
    this.slots = new int[this.bindings.size()];
    for (int i = 0; i < this.bindings.size(); i++) {
      String name = this.bindings.get(i).field().name();
      if (!distinct.contains(name)) {
        distinct.add(name);
      }
      slots[i] = distinct.indexOf(name);
    }
    this.names = distinct.toArray(String[]::new);
    this.rawValues = new RawValue[this.bindings.size()];
    for (int i = 0; i < this.bindings.size(); i++) {
      this.rawValues[i] = rawValues.get(this.bindings.get(i).field().name());
    }
    this.checks = List.copyOf(checks);
  }

  /** The record's values, or the reason it is rejected. */
  ParseOutcome parse(SourceRecord record) {
    int found = record.fields().size();
    if (exactCount ? found != fieldCount : found < fieldCount) {
      return new RejectedRecord(
          record,
          new Rejection(
              RejectReason.WRONG_FIELD_COUNT,
              "expected " + (exactCount ? "" : "at least ") + fieldCount + " but found " + found));
    }
    RecordValues values = new RecordValues(names);
    for (int i = 0; i < bindings.size(); i++) {
      Binding binding = bindings.get(i);
      String name = binding.field().name();
      try {
        String raw = record.fields().get(binding.column());
        RawValue translate = rawValues[i];
        if (translate != null && !raw.isEmpty()) {
          raw = translate(name, translate, raw);
        }
        values.set(slots[i], ValueParser.parse(binding.field(), raw, formats));
      } catch (BadValueException e) {
        return new RejectedRecord(
            record, new Rejection(RejectReason.INVALID_DATA_FORMAT, e.getMessage()));
      }
    }
    for (String match : matchFields) {
      if (values.get(match) == null) {
        return new RejectedRecord(record, new Rejection(RejectReason.MATCH_FIELD_EMPTY, match));
      }
    }
    for (RecordCheck check : checks) {
      Rejection rejection = check.check(values);
      if (rejection != null) {
        return new RejectedRecord(record, rejection);
      }
    }
    return new ParsedRecord(record, values);
  }

  private static String translate(String field, RawValue translate, String raw)
      throws BadValueException {
    try {
      return translate.translate(raw);
    } catch (BadValueException e) {
      throw new BadValueException(field + ": " + e.getMessage());
    }
  }
}
