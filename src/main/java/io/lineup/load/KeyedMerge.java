package io.lineup.load;

import io.lineup.job.MergeRule;
import io.lineup.job.UpdateOnMatch;
import io.lineup.table.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Merges a chunk into a keyed table with one lookup, one insert batch and one update batch. The
 * result is the same as applying the records one by one in file order: a key seen twice is inserted
 * by its first record and then updated by the later ones (so the last one wins under REPLACE_ALL,
 * and the later ones are rejected under NO_UPDATE).
 */
final class KeyedMerge {

  private final JdbcTemplate jdbc;
  private final Target target;
  private final MergeRule rule;
  private final BatchWriter writer;

  KeyedMerge(JdbcTemplate jdbc, Target target, MergeRule rule) {
    this.jdbc = jdbc;
    this.target = target;
    this.rule = rule;
    this.writer = new BatchWriter(jdbc);
  }

  ChunkResult apply(List<ParsedRecord> chunk) {
    Map<List<Object>, List<ParsedRecord>> byKey = new LinkedHashMap<>();
    for (ParsedRecord record : chunk) {
      byKey.computeIfAbsent(key(record), k -> new ArrayList<>()).add(record);
    }
    Map<List<Object>, Object> existing =
        KeyLookup.find(jdbc, target.table(), target.key(), null, byKey.keySet());
    List<ParsedRecord> inserts = new ArrayList<>();
    List<ParsedRecord> updates = new ArrayList<>();
    List<RejectedRecord> rejected = new ArrayList<>();
    long added = 0;
    long updated = 0;
    for (Map.Entry<List<Object>, List<ParsedRecord>> entry : byKey.entrySet()) {
      boolean exists = existing.containsKey(entry.getKey());
      ParsedRecord toInsert = null;
      ParsedRecord toUpdate = null;
      for (ParsedRecord record : entry.getValue()) {
        if (!exists) {
          if (rule.insertOnNoMatch()) {
            toInsert = record;
            exists = true;
            added++;
          } else {
            rejected.add(reject(record, RejectReason.NO_MATCHING_RECORD));
          }
        } else if (rule.updateOnMatch() == UpdateOnMatch.REPLACE_ALL) {
          if (toInsert != null) {
            toInsert = later(toInsert, record);
          } else {
            toUpdate = toUpdate == null ? record : later(toUpdate, record);
          }
          updated++;
        } else {
          rejected.add(reject(record, RejectReason.NOT_UPDATED_PER_MERGE_RULE));
        }
      }
      if (toInsert != null) {
        inserts.add(toInsert);
      }
      if (toUpdate != null) {
        updates.add(toUpdate);
      }
    }
    writer.insert(target, inserts);
    writer.update(target, updates);
    return new ChunkResult(added, updated, rejected);
  }

  /**
   * A record applied over an earlier one of the same key: its values, except that a column kept
   * when empty keeps the earlier record's value.
   */
  private ParsedRecord later(ParsedRecord earlier, ParsedRecord record) {
    Map<String, Object> values = null;
    for (Column column : target.update()) {
      if (column.keepWhenNull()
          && record.values().get(column.name()) == null
          && earlier.values().get(column.name()) != null) {
        if (values == null) {
          values = new LinkedHashMap<>(record.values());
        }
        values.put(column.name(), earlier.values().get(column.name()));
      }
    }
    return values == null ? record : new ParsedRecord(record.source(), values);
  }

  private List<Object> key(ParsedRecord record) {
    List<Object> key = new ArrayList<>(target.key().size());
    for (Field field : target.key()) {
      key.add(KeyLookup.normal(record.values().get(field.name())));
    }
    return key;
  }

  private static RejectedRecord reject(ParsedRecord record, RejectReason reason) {
    return new RejectedRecord(record.source(), Rejection.of(reason));
  }
}
