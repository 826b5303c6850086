package io.lineup.table;

import java.util.List;

/** A table as a client asks for it; system fields are added by Lineup, never named here. */
public record TableRequest(
    String name,
    TableKind kind,
    String profileList,
    List<String> primaryKey,
    List<FieldRequest> fields) {

  public record FieldRequest(String name, FieldType type, Integer length) {}

  public List<FieldRequest> fieldsOrEmpty() {
    return fields == null ? List.of() : fields;
  }

  public List<String> primaryKeyOrEmpty() {
    return primaryKey == null ? List.of() : primaryKey;
  }
}
