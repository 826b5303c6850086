package io.lineup.db;

import io.lineup.table.FieldType;

/** What differs between the two databases Lineup runs on. */
public enum Dialect {
  H2 {
    @Override
    String decimalType() {
      return "DECFLOAT";
    }
  },
  POSTGRESQL {
    @Override
    String decimalType() {
      return "NUMERIC";
    }
  };

  abstract String decimalType();

  public String columnType(FieldType type, Integer length) {
    return switch (type) {
      case TEXT -> "VARCHAR(" + length + ")";
      case INTEGER -> "BIGINT";
      case NUMBER -> decimalType();
      case DATE -> "DATE";
      case TIMESTAMP -> "TIMESTAMP";
      case BOOLEAN -> "BOOLEAN";
    };
  }

  public static Dialect fromProductName(String productName) {
    String name = productName.toLowerCase(java.util.Locale.ROOT);
    if (name.contains("h2")) {
      return H2;
    }
    if (name.contains("postgres")) {
      return POSTGRESQL;
    }
    throw new IllegalStateException("Lineup runs on H2 or PostgreSQL, not on " + productName);
  }
}
