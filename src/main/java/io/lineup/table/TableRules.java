package io.lineup.table;

import io.lineup.common.Errors;
import io.lineup.common.Identifier;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Checks a {@link TableRequest} and turns it into a definition with its system fields. */
final class TableRules {

  static final int MAX_TEXT_LENGTH = 4000;
  static final int MAX_FIELDS = 500;

  private TableRules() {}

  static List<Field> check(
      TableRequest request, Function<String, Optional<TableDefinition>> tables, Errors errors) {
    String nameProblem = Identifier.problem(request.name());
    if (nameProblem != null) {
      errors.add("name", nameProblem);
    }
    if (errors.require(request.kind() != null, "kind", "is required: " + kindsList())) {
      checkKind(request, tables, errors);
    }
    List<TableRequest.FieldRequest> fields = request.fieldsOrEmpty();
    errors.require(fields.size() <= MAX_FIELDS, "fields", "at most " + MAX_FIELDS + " fields");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < fields.size(); i++) {
      checkField(fields.get(i), "fields[" + i + "]", seen, errors);
    }
    return fields.stream()
        .map(
            f ->
                new Field(
                    f.name(), f.type(), f.type() == FieldType.TEXT ? f.length() : null, false))
        .toList();
  }

  private static void checkKind(
      TableRequest request, Function<String, Optional<TableDefinition>> tables, Errors errors) {
    switch (request.kind()) {
      case PROFILE_LIST -> noPrimaryKey(request, errors);
      case PROFILE_EXTENSION -> {
        noPrimaryKey(request, errors);
        if (errors.require(
            request.profileList() != null, "profileList", "is required for a PROFILE_EXTENSION")) {
          Optional<TableDefinition> list = tables.apply(request.profileList());
          errors.require(
              list.map(t -> t.kind() == TableKind.PROFILE_LIST).orElse(false),
              "profileList",
              "'" + request.profileList() + "' is not a profile list");
        }
      }
      case SUPPLEMENTAL -> {
        List<String> key = request.primaryKeyOrEmpty();
        errors.require(!key.isEmpty(), "primaryKey", "a SUPPLEMENTAL table needs a primary key");
        Set<String> names =
            new HashSet<>(
                request.fieldsOrEmpty().stream().map(TableRequest.FieldRequest::name).toList());
        for (int i = 0; i < key.size(); i++) {
          errors.require(
              names.contains(key.get(i)),
              "primaryKey[" + i + "]",
              "'" + key.get(i) + "' is not one of the table's fields");
        }
        errors.require(
            new HashSet<>(key).size() == key.size(), "primaryKey", "names a field twice");
      }
    }
    if (request.kind() != TableKind.PROFILE_EXTENSION && request.profileList() != null) {
      errors.add("profileList", "only a PROFILE_EXTENSION extends a profile list");
    }
  }

  private static void noPrimaryKey(TableRequest request, Errors errors) {
    errors.require(
        request.primaryKeyOrEmpty().isEmpty(),
        "primaryKey",
        "is RIID_ for a " + request.kind() + " and cannot be chosen");
  }

  private static void checkField(
      TableRequest.FieldRequest field, String path, Set<String> seen, Errors errors) {
    String problem = Identifier.problem(field.name());
    if (problem != null) {
      errors.add(path + ".name", problem);
    } else if (field.name().endsWith("_")) {
      errors.add(path + ".name", "'" + field.name() + "' ends with '_', kept for system fields");
    } else if (!seen.add(field.name())) {
      errors.add(path + ".name", "'" + field.name() + "' appears twice");
    }
    if (errors.require(field.type() != null, path + ".type", "is required")
        && field.type() == FieldType.TEXT) {
      errors.require(
          field.length() != null && field.length() >= 1 && field.length() <= MAX_TEXT_LENGTH,
          path + ".length",
          "a TEXT field needs a length from 1 to " + MAX_TEXT_LENGTH);
    }
  }

  private static String kindsList() {
    return "PROFILE_LIST, PROFILE_EXTENSION or SUPPLEMENTAL";
  }
}
