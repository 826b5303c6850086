package io.lineup.job;

import io.lineup.group.Schedule;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Import job definitions; their nested parts are kept as JSON. */
@Repository
public class JobRepository {

  private static final TypeReference<List<ColumnMapping>> MAPPING = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;

  JobRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  long insert(JobRequest job, JobStatus status, Instant at) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO lineup_job (name, description, table_name, status, on_demand, source,
                format, mapping, match_fields, merge_rule, schedule, expires_at, created_at,
                updated_at)
            VALUES (:name, :description, :table, :status, :onDemand, :source,
                :format, :mapping, :match, :mergeRule, :schedule, :expiresAt, :at, :at)""")
        .params(params(job))
        .param("status", status.name())
        .param("at", at.atOffset(ZoneOffset.UTC))
        .update(key, "id");
    return key.getKey().longValue();
  }

  void update(long id, JobRequest job, Instant at) {
    jdbc.sql(
            """
            UPDATE lineup_job SET name = :name, description = :description, table_name = :table,
                on_demand = :onDemand, source = :source, format = :format, mapping = :mapping,
                match_fields = :match, merge_rule = :mergeRule, schedule = :schedule,
                expires_at = :expiresAt, updated_at = :at
            WHERE id = :id""")
        .params(params(job))
        .param("id", id)
        .param("at", at.atOffset(ZoneOffset.UTC))
        .update();
  }

  void setStatus(long id, JobStatus status, Instant at) {
    jdbc.sql("UPDATE lineup_job SET status = ?, updated_at = ? WHERE id = ?")
        .params(status.name(), at.atOffset(ZoneOffset.UTC), id)
        .update();
  }

  void delete(long id) {
    jdbc.sql("DELETE FROM lineup_job WHERE id = ?").param(id).update();
  }

  public Optional<ImportJob> find(long id) {
    return jdbc.sql("SELECT * FROM lineup_job WHERE id = ?").param(id).query(this::job).optional();
  }

  public List<ImportJob> findAll() {
    return jdbc.sql("SELECT * FROM lineup_job ORDER BY id").query(this::job).list();
  }

  public List<ImportJob> findAll(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT * FROM lineup_job WHERE id IN (:ids)")
        .param("ids", ids)
        .query(this::job)
        .list();
  }

  /** The name of the group the job belongs to, if any. */
  public Optional<String> groupOf(long jobId) {
    return jdbc.sql(
            "SELECT g.name FROM lineup_group g JOIN lineup_group_member m ON m.group_id = g.id"
                + " WHERE m.job_id = ?")
        .param(jobId)
        .query(String.class)
        .optional();
  }

  private Map<String, Object> params(JobRequest job) {
    Map<String, Object> params = new HashMap<>();
    params.put("name", job.name());
    params.put("description", job.description());
    params.put("table", job.table());
    params.put("onDemand", job.onDemand());
    params.put("source", json.writeValueAsString(job.source()));
    params.put("format", json.writeValueAsString(job.format()));
    params.put("mapping", json.writeValueAsString(job.mapping()));
    params.put("match", String.join(",", job.match()));
    params.put("mergeRule", json.writeValueAsString(job.mergeRule()));
    params.put("schedule", json.writeValueAsString(job.schedule()));
    params.put(
        "expiresAt", job.expiresAt() == null ? null : job.expiresAt().atOffset(ZoneOffset.UTC));
    return params;
  }

  private ImportJob job(ResultSet rs, int row) throws SQLException {
    return new ImportJob(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getString("description"),
        rs.getString("table_name"),
        JobStatus.valueOf(rs.getString("status")),
        json.readValue(rs.getString("source"), Source.class),
        json.readValue(rs.getString("format"), Format.class),
        json.readValue(rs.getString("mapping"), MAPPING),
        Arrays.asList(rs.getString("match_fields").split(",")),
        json.readValue(rs.getString("merge_rule"), MergeRule.class),
        rs.getBoolean("on_demand"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
        rs.getString("schedule") == null
            ? null
            : json.readValue(rs.getString("schedule"), Schedule.class),
        rs.getObject("expires_at", OffsetDateTime.class) == null
            ? null
            : rs.getObject("expires_at", OffsetDateTime.class).toInstant());
  }
}
