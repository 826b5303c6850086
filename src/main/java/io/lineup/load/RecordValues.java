package io.lineup.load;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A record's values by field name, read-only once parsed: one array per record, the names shared by
 * every record of a file. Lighter than a hash map for the millions of records of a large file.
 */
final class RecordValues extends AbstractMap<String, Object> {

  private final String[] names;
  private final Object[] values;

  RecordValues(String[] names) {
    this.names = names;
    this.values = new Object[names.length];
  }

  void set(int slot, Object value) {
    values[slot] = value;
  }

  @Override
  public Object get(Object name) {
    int slot = slot(name);
    return slot < 0 ? null : values[slot];
  }

  @Override
  public boolean containsKey(Object name) {
    return slot(name) >= 0;
  }

  @Override
  public int size() {
    return names.length;
  }

  private int slot(Object name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i] == name) {
        return i;
      }
    }
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, Object>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < names.length;
          }

          @Override
          public Entry<String, Object> next() {
            if (next >= names.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>(names[i], values[i]);
          }
        };
      }

      @Override
      public int size() {
        return names.length;
      }
    };
  }
}
