package io.lineup.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Campaign definitions. */
@Repository
public class CampaignRepository {

  private final JdbcClient jdbc;
  private final JsonMapper json;

  CampaignRepository(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  long insert(CampaignRequest c, Instant at) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO lineup_campaign (name, name_key, profile_list, from_address, subject,
                text_body, html_body, automatic_launch, created_at, updated_at)
            VALUES (:name, :nameKey, :list, :from, :subject, :text, :html, :auto, :at, :at)""")
        .params(params(c, at))
        .update(key, "id");
    return key.getKey().longValue();
  }

  void update(long id, CampaignRequest c, Instant at) {
    jdbc.sql(
            """
            UPDATE lineup_campaign SET name = :name, name_key = :nameKey, profile_list = :list,
                from_address = :from, subject = :subject, text_body = :text, html_body = :html,
                automatic_launch = :auto, updated_at = :at
            WHERE id = :id""")
        .params(params(c, at))
        .param("id", id)
        .update();
  }

  void delete(long id) {
    jdbc.sql("DELETE FROM lineup_campaign WHERE id = ?").param(id).update();
  }

  public Optional<Campaign> find(long id) {
    return jdbc.sql("SELECT * FROM lineup_campaign WHERE id = ?")
        .param(id)
        .query(this::campaign)
        .optional();
  }

  List<Campaign> findAll() {
    return jdbc.sql("SELECT * FROM lineup_campaign ORDER BY id").query(this::campaign).list();
  }

  Optional<Long> idByName(String name) {
    return jdbc.sql("SELECT id FROM lineup_campaign WHERE name_key = ?")
        .param(name.strip().toLowerCase(Locale.ROOT))
        .query(Long.class)
        .optional();
  }

  private java.util.Map<String, Object> params(CampaignRequest c, Instant at) {
    java.util.Map<String, Object> p = new java.util.HashMap<>();
    p.put("name", c.name());
    p.put("nameKey", c.name().strip().toLowerCase(Locale.ROOT));
    p.put("list", c.profileList());
    p.put("from", c.from());
    p.put("subject", c.subject());
    p.put("text", c.textBody());
    p.put("html", c.htmlBody());
    p.put("auto", json.writeValueAsString(c.automaticLaunch()));
    p.put("at", at.atOffset(ZoneOffset.UTC));
    return p;
  }

  private Campaign campaign(ResultSet rs, int row) throws SQLException {
    return new Campaign(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getString("profile_list"),
        rs.getString("from_address"),
        rs.getString("subject"),
        rs.getString("text_body"),
        rs.getString("html_body"),
        json.readValue(rs.getString("automatic_launch"), AutomaticLaunch.class),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getObject("updated_at", OffsetDateTime.class).toInstant());
  }
}
