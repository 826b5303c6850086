package io.lineup.table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A table Lineup imports into: its kind, its fields (system fields first) and its key.
 *
 * @param profileList the profile list a PROFILE_EXTENSION extends, else null
 * @param primaryKey the key fields: RIID_ for profile lists and PETs, chosen for SUPPLEMENTAL
 */
public record TableDefinition(
    String name,
    TableKind kind,
    String profileList,
    List<String> primaryKey,
    List<Field> fields,
    Instant createdAt) {

  public TableDefinition {
    primaryKey = List.copyOf(primaryKey);
    fields = List.copyOf(fields);
  }

  public Optional<Field> field(String fieldName) {
    return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
  }
}
