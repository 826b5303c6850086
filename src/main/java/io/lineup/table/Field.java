package io.lineup.table;

/**
 * A column of a table. {@code length} is set for TEXT only; {@code system} marks the fields Lineup
 * owns (their names end with an underscore).
 */
public record Field(String name, FieldType type, Integer length, boolean system) {

  public static Field text(String name, int length) {
    return new Field(name, FieldType.TEXT, length, true);
  }

  public static Field system(String name, FieldType type) {
    return new Field(name, type, null, true);
  }

  public Field asUserField() {
    return new Field(name, type, length, false);
  }
}
