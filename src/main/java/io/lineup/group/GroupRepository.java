package io.lineup.group;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Group definitions and their ordered members. */
@Repository
public class GroupRepository {

  private final JdbcClient jdbc;
  private final JsonMapper json;

  GroupRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  long insert(GroupRequest group, Instant at) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO lineup_group (name, name_key, description, status, post_processing,
                notifications, schedule, created_at, updated_at)
            VALUES (:name, :nameKey, :description, 'DRAFT', :postProcessing, :notifications,
                :schedule, :at, :at)""")
        .params(params(group))
        .param("at", at.atOffset(ZoneOffset.UTC))
        .update(key, "id");
    long id = key.getKey().longValue();
    insertMembers(id, group.jobIds());
    return id;
  }

  void update(long id, GroupRequest group, Instant at) {
    jdbc.sql(
            """
            UPDATE lineup_group SET name = :name, name_key = :nameKey, description = :description,
                post_processing = :postProcessing, notifications = :notifications,
                schedule = :schedule, updated_at = :at
            WHERE id = :id""")
        .params(params(group))
        .param("id", id)
        .param("at", at.atOffset(ZoneOffset.UTC))
        .update();
    jdbc.sql("DELETE FROM lineup_group_member WHERE group_id = ?").param(id).update();
    insertMembers(id, group.jobIds());
  }

  void setStatus(long id, GroupStatus status, Instant at) {
    jdbc.sql("UPDATE lineup_group SET status = ?, updated_at = ? WHERE id = ?")
        .params(status.name(), at.atOffset(ZoneOffset.UTC), id)
        .update();
  }

  void delete(long id) {
    jdbc.sql("DELETE FROM lineup_group WHERE id = ?").param(id).update();
  }

  public Optional<Group> find(long id) {
    return jdbc.sql("SELECT * FROM lineup_group WHERE id = ?")
        .param(id)
        .query(this::group)
        .optional()
        .map(this::withMembers);
  }

  public List<Group> findAll() {
    return jdbc.sql("SELECT * FROM lineup_group ORDER BY id").query(this::group).list().stream()
        .map(this::withMembers)
        .toList();
  }

  Optional<Long> idByName(String name) {
    return jdbc.sql("SELECT id FROM lineup_group WHERE name_key = ?")
        .param(nameKey(name))
        .query(Long.class)
        .optional();
  }

  /** The name of the group other than {@code groupId} that holds the job, if any. */
  Optional<String> otherGroupOf(long jobId, Long groupId) {
    return jdbc.sql(
            "SELECT g.name FROM lineup_group g JOIN lineup_group_member m ON m.group_id = g.id"
                + " WHERE m.job_id = ? AND g.id <> ?")
        .params(jobId, groupId == null ? -1L : groupId)
        .query(String.class)
        .optional();
  }

  /**
   * Marks the group as running {@code runId}; false when another run holds it. Atomic across nodes:
   * the row is only changed while no run holds it.
   */
  public boolean claim(long groupId, long runId) {
    return jdbc.sql(
                "UPDATE lineup_group SET running_run_id = ? WHERE id = ? AND running_run_id IS NULL")
            .params(runId, groupId)
            .update()
        == 1;
  }

  public void release(long groupId, long runId) {
    jdbc.sql("UPDATE lineup_group SET running_run_id = NULL WHERE id = ? AND running_run_id = ?")
        .params(groupId, runId)
        .update();
  }

  private void insertMembers(long groupId, List<Long> jobIds) {
    for (int i = 0; i < jobIds.size(); i++) {
      jdbc.sql("INSERT INTO lineup_group_member (group_id, ordinal, job_id) VALUES (?, ?, ?)")
          .params(groupId, i, jobIds.get(i))
          .update();
    }
  }

  private Group withMembers(Group group) {
    List<Long> jobIds =
        jdbc.sql("SELECT job_id FROM lineup_group_member WHERE group_id = ? ORDER BY ordinal")
            .param(group.id())
            .query(Long.class)
            .list();
    return new Group(
        group.id(),
        group.name(),
        group.description(),
        group.status(),
        new ArrayList<>(jobIds),
        group.postProcessing(),
        group.notifications(),
        group.schedule(),
        group.runningRunId(),
        group.createdAt(),
        group.updatedAt());
  }

  private Map<String, Object> params(GroupRequest group) {
    Map<String, Object> params = new HashMap<>();
    params.put("name", group.name());
    params.put("nameKey", nameKey(group.name()));
    params.put("description", group.description());
    params.put("postProcessing", json.writeValueAsString(group.postProcessing()));
    params.put("notifications", json.writeValueAsString(group.notifications()));
    params.put("schedule", json.writeValueAsString(group.schedule()));
    return params;
  }

  private static String nameKey(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  private Group group(ResultSet rs, int row) throws SQLException {
    return new Group(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getString("description"),
        GroupStatus.valueOf(rs.getString("status")),
        List.of(),
        json.readValue(rs.getString("post_processing"), PostProcessing.class),
        json.readValue(rs.getString("notifications"), Notifications.class),
        json.readValue(rs.getString("schedule"), Schedule.class),
        rs.getObject("running_run_id", Long.class),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getObject("updated_at", OffsetDateTime.class).toInstant());
  }
}
