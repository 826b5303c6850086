package io.lineup.load;

import io.lineup.table.Field;
import io.lineup.table.SystemFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Merges into a profile extension table: each record's profile is found through the match key on
 * the profile list; a record with no profile is rejected.
 */
final class ExtensionMerger implements Merger {

  private final JdbcTemplate jdbc;
  private final String profileList;
  private final List<Field> match;
  private final Field riid;
  private final KeyedMerge merge;

  ExtensionMerger(
      JdbcTemplate jdbc, String profileList, List<Field> match, Field riid, KeyedMerge merge) {
    this.jdbc = jdbc;
    this.profileList = profileList;
    this.match = List.copyOf(match);
    this.riid = riid;
    this.merge = merge;
  }

  @Override
  public ChunkResult merge(List<ParsedRecord> chunk) {
    Set<List<Object>> keys = new LinkedHashSet<>();
    chunk.forEach(r -> keys.add(key(r)));
    Map<List<Object>, Object> profiles = KeyLookup.find(jdbc, profileList, match, riid, keys);
    List<ParsedRecord> found = new ArrayList<>(chunk.size());
    List<RejectedRecord> rejected = new ArrayList<>();
    for (ParsedRecord record : chunk) {
      Object id = profiles.get(key(record));
      if (id == null) {
        rejected.add(
            new RejectedRecord(record.source(), Rejection.of(RejectReason.NO_MATCHING_PROFILE)));
      } else {
        Map<String, Object> values = new LinkedHashMap<>(record.values());
        values.put(SystemFields.RIID, id);
        found.add(new ParsedRecord(record.source(), values));
      }
    }
    ChunkResult result = merge.apply(found);
    rejected.addAll(result.rejected());
    return new ChunkResult(result.added(), result.updated(), rejected);
  }

  private List<Object> key(ParsedRecord record) {
    List<Object> key = new ArrayList<>(match.size());
    match.forEach(f -> key.add(KeyLookup.normal(record.values().get(f.name()))));
    return key;
  }
}
