package io.lineup.campaign;

import io.lineup.common.Identifier;
import io.lineup.table.SystemFields;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the members of a profile list by RIID_, with every field, for personalisation. */
@Component
class Members {

  private final JdbcClient jdbc;

  Members(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Map<Long, Map<String, Object>> byRiid(String profileList, List<Long> riids) {
    Map<Long, Map<String, Object>> members = new HashMap<>();
    if (riids.isEmpty()) {
      return members;
    }
    String riid = Identifier.quote(SystemFields.RIID);
    jdbc.sql("SELECT * FROM " + Identifier.quote(profileList) + " WHERE " + riid + " IN (:riids)")
        .param("riids", riids)
        .query()
        .listOfRows()
        .forEach(row -> members.put(((Number) row.get(SystemFields.RIID)).longValue(), row));
    return members;
  }
}
