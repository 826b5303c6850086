package io.lineup.load;

/** Turns a file's value into the one a field stores, before its type is checked. */
@FunctionalInterface
interface RawValue {

  String translate(String raw) throws BadValueException;
}
