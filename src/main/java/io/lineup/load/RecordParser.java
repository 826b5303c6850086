package io.lineup.load;

import io.lineup.table.Field;
import java.util.LinkedHashMap;
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

  /**
   * @param exactCount whether every record must have exactly {@code fieldCount} fields (a file with
   *     a header) or at least that many (a file without one, mapped by position)
   */
  RecordParser(
      int fieldCount, boolean exactCount, List<Binding> bindings, List<String> matchFields) {
    this.fieldCount = fieldCount;
    this.exactCount = exactCount;
    this.bindings = List.copyOf(bindings);
    this.matchFields = List.copyOf(matchFields);
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
    Map<String, Object> values = new LinkedHashMap<>();
    for (Binding binding : bindings) {
      try {
        values.put(
            binding.field().name(),
            ValueParser.parse(binding.field(), record.fields().get(binding.column())));
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
    return new ParsedRecord(record, values);
  }
}
