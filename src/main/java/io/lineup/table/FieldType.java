package io.lineup.table;

public enum FieldType {
  TEXT,
  INTEGER,
  NUMBER,
  DATE,
  TIMESTAMP,
  BOOLEAN
}
