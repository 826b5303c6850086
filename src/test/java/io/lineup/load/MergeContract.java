package io.lineup.load;

import static io.lineup.support.RunAssert.assertThatRun;
import static io.lineup.support.TestData.aJob;
import static io.lineup.support.TestData.aProfileList;
import static io.lineup.support.TestData.aSupplemental;
import static io.lineup.support.TestData.field;
import static io.lineup.support.TestData.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.lineup.job.JobRequest;
import io.lineup.job.MergeRule;
import io.lineup.job.PermissionStatus;
import io.lineup.job.UpdateOnMatch;
import io.lineup.support.IntegrationTest;
import io.lineup.table.FieldType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/** Match keys and merge rules, value by value. Runs on H2 and on PostgreSQL. */
abstract class MergeContract extends IntegrationTest {

  @Test
  void replaceAllUpdatesAMatchAndInsertsTheRest() {
    String list = list();
    run(list, "email,first\nann@example.com,Ann\nbob@example.com,Bob\n", MergeRule.upsert());
    clock.tick(java.time.Duration.ofHours(1));

    JsonNode run =
        run(list, "email,first\nann@example.com,Anne\ncy@example.com,Cy\n", MergeRule.upsert());

    assertThatRun(run).hasStatus("SUCCEEDED").hasCounts(2, 1, 1, 0);
    Map<String, Object> ann = row(list, "ann@example.com");
    assertThat(ann.get("FIRST_NAME")).isEqualTo("Anne");
    assertThat(ann.get("RIID_")).isEqualTo(1L).as("the match kept its RIID_");
    assertThat(count(list)).isEqualTo(3);
  }

  @Test
  void noUpdateLeavesAMatchAloneAndRejectsTheRecord() {
    String list = list();
    run(list, "email,first\nann@example.com,Ann\n", MergeRule.upsert());

    JsonNode run =
        run(
            list,
            "email,first\nann@example.com,Changed\nbob@example.com,Bob\n",
            new MergeRule(true, UpdateOnMatch.NO_UPDATE, PermissionStatus.OPTOUT));

    assertThatRun(run).hasCounts(2, 1, 0, 1);
    assertThat(row(list, "ann@example.com").get("FIRST_NAME")).isEqualTo("Ann");
    assertThat(row(list, "bob@example.com").get("EMAIL_PERMISSION_STATUS_")).isEqualTo("O");
    assertThat(rejects(run)).contains("ann@example.com,Changed,NOT UPDATED PER MERGE RULE");
  }

  @Test
  void withoutInsertOnNoMatchANewRecordIsRejected() {
    String list = list();
    run(list, "email,first\nann@example.com,Ann\n", MergeRule.upsert());

    JsonNode run =
        run(
            list,
            "email,first\nann@example.com,Anne\nnew@example.com,New\n",
            new MergeRule(false, UpdateOnMatch.REPLACE_ALL, PermissionStatus.OPTIN));

    assertThatRun(run).hasCounts(2, 0, 1, 1);
    assertThat(count(list)).isEqualTo(1);
    assertThat(rejects(run))
        .contains("new@example.com,New,\"NO MATCHING RECORD, INSERT NOT ALLOWED\"");
  }

  @Test
  void aKeyRepeatedInOneFileIsAppliedInOrderSoTheLastOneWins() {
    String list = list();
    JsonNode run =
        run(
            list,
            "email,first\nann@example.com,First\nbob@example.com,Bob\nann@example.com,Second\nann@example.com,Third\n",
            MergeRule.upsert());

    assertThatRun(run).hasCounts(4, 2, 2, 0);
    assertThat(count(list)).isEqualTo(2);
    assertThat(row(list, "ann@example.com").get("FIRST_NAME")).isEqualTo("Third");
  }

  @Test
  void aRepeatedKeyWithAnEmptyPermissionKeepsTheOneAnEarlierRecordGave() {
    String list = list();
    String file = dropFile(list + "/" + unique("file") + ".csv", "");
    JobRequest job =
        aJob(list, file)
            .map("email", "EMAIL_ADDRESS_")
            .map("first", "FIRST_NAME")
            .map("permission", "EMAIL_PERMISSION_STATUS_")
            .match("EMAIL_ADDRESS_")
            .rule(new MergeRule(true, UpdateOnMatch.REPLACE_ALL, PermissionStatus.OPTIN))
            .build();

    JsonNode run =
        run(
            list,
            job,
            "email,first,permission\nann@example.com,Ann,O\nann@example.com,Anne,\n"
                + "bob@example.com,Bob,\n");

    assertThatRun(run).hasCounts(3, 2, 1, 0);
    assertThat(row(list, "ann@example.com"))
        .containsEntry("FIRST_NAME", "Anne")
        .as("an empty permission leaves the one the first record gave")
        .containsEntry("EMAIL_PERMISSION_STATUS_", "O");
    assertThat(row(list, "bob@example.com")).containsEntry("EMAIL_PERMISSION_STATUS_", "I");
  }

  @Test
  void aSupplementalTableMergesOnItsWholeKeyAndKeepsEveryValueExactly() {
    String table = unique("ORDERS");
    api()
        .post(
            "/api/v1/tables",
            aSupplemental(
                table,
                List.of("ORDER_ID", "LINE"),
                text("ORDER_ID", 10),
                field("LINE", FieldType.INTEGER),
                field("TOTAL", FieldType.NUMBER),
                field("ORDERED", FieldType.DATE),
                field("SHIPPED", FieldType.TIMESTAMP),
                field("GIFT", FieldType.BOOLEAN)),
            HttpStatus.CREATED);
    String header = "order;line;total;ordered;shipped;gift\n";
    String file =
        dropFile(
            table + ".csv",
            header
                + "A-1;1;12345678901234567890.000000000001;2024-02-29;2026-12-31 23:59:58;Y\n"
                + "A-1;2;-0.5;;;false\n"
                + "A-1;1;7.25;2024-03-01;2026-01-01 00:00:00;N\n");
    JobRequest job =
        aJob(table, file)
            .format(new io.lineup.job.Format(";", null, null, null, null))
            .map("order", "ORDER_ID")
            .map("line", "LINE")
            .map("total", "TOTAL")
            .map("ordered", "ORDERED")
            .map("shipped", "SHIPPED")
            .map("gift", "GIFT")
            .build();

    JsonNode run = runJob(job);

    assertThatRun(run).hasStatus("SUCCEEDED").hasCounts(3, 2, 1, 0);
    List<Map<String, Object>> rows =
        jdbc.sql("SELECT * FROM \"" + table + "\" ORDER BY \"LINE\"").query().listOfRows();
    assertThat(rows).hasSize(2);
    assertThat((BigDecimal) value(rows.get(0), "TOTAL")).isEqualByComparingTo("7.25");
    assertThat(
            jdbc.sql("SELECT \"ORDERED\" FROM \"" + table + "\" WHERE \"LINE\" = 1")
                .query(LocalDate.class)
                .single())
        .isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat((BigDecimal) value(rows.get(1), "TOTAL")).isEqualByComparingTo("-0.5");
    assertThat(value(rows.get(1), "ORDERED")).isNull();
    assertThat(value(rows.get(1), "GIFT")).isEqualTo(false);

    JsonNode first =
        run(
            table,
            job,
            header + "B-9;1;12345678901234567890.000000000001;2024-02-29;2026-12-31 23:59:58;Y\n");
    assertThatRun(first).hasCounts(1, 1, 0, 0);
    assertThat(
            jdbc.sql("SELECT \"TOTAL\" FROM \"" + table + "\" WHERE \"ORDER_ID\" = 'B-9'")
                .query(BigDecimal.class)
                .single())
        .isEqualByComparingTo(new BigDecimal("12345678901234567890.000000000001"));
    assertThat(
            jdbc.sql("SELECT \"SHIPPED\" FROM \"" + table + "\" WHERE \"ORDER_ID\" = 'B-9'")
                .query(LocalDateTime.class)
                .single())
        .isEqualTo(LocalDateTime.of(2026, 12, 31, 23, 59, 58));
  }

  @Test
  void aFileWithoutAHeaderIsMappedByColumnNumber() {
    String list = list();
    String file = dropFile(list + "/noheader.txt", "x\tann@example.com\tAnn\ny\tbob@example.com\n");
    JsonNode run =
        runJob(
            aJob(list, file)
                .format(new io.lineup.job.Format("\t", "", false, null, null))
                .map("2", "EMAIL_ADDRESS_")
                .map("3", "FIRST_NAME")
                .match("EMAIL_ADDRESS_")
                .build());

    assertThatRun(run).hasCounts(2, 1, 0, 1);
    assertThat(row(list, "ann@example.com").get("FIRST_NAME")).isEqualTo("Ann");
    assertThat(rejects(run))
        .isEqualTo(
            "y\tbob@example.com\tINVALID NUMBER OF FIELDS: expected at least 3 but found 2\r\n");
  }

  private String list() {
    String list = unique("LIST");
    api().post("/api/v1/tables", aProfileList(list, text("FIRST_NAME", 20)), HttpStatus.CREATED);
    return list;
  }

  private JsonNode run(String list, String csv, MergeRule rule) {
    String file = dropFile(list + "/" + unique("file") + ".csv", csv);
    return runJob(
        aJob(list, file)
            .map("email", "EMAIL_ADDRESS_")
            .map("first", "FIRST_NAME")
            .match("EMAIL_ADDRESS_")
            .rule(rule)
            .build());
  }

  /** Runs {@code job} again on a new file's content. */
  private JsonNode run(String table, JobRequest job, String csv) {
    dropFile(job.source().path(), csv);
    return runJob(job);
  }

  private JsonNode runJob(JobRequest request) {
    long id = api().post("/api/v1/jobs", request, HttpStatus.CREATED).get("id").asLong();
    api().post("/api/v1/jobs/" + id + "/activate", null, HttpStatus.OK);
    JsonNode queued = api().post("/api/v1/jobs/" + id + "/runs", null, HttpStatus.ACCEPTED);
    return api().awaitEnd("/api/v1/job-runs/" + queued.get("id").asLong());
  }

  private String rejects(JsonNode run) {
    return api().text("/api/v1/job-runs/" + run.get("id").asLong() + "/rejects");
  }

  private Map<String, Object> row(String list, String email) {
    return jdbc.sql("SELECT * FROM \"" + list + "\" WHERE \"EMAIL_ADDRESS_\" = ?")
        .param(email)
        .query()
        .singleRow();
  }

  private long count(String table) {
    return jdbc.sql("SELECT COUNT(*) FROM \"" + table + "\"").query(Long.class).single();
  }

  /** A column's value whatever case the driver reports its name in. */
  private static Object value(Map<String, Object> row, String column) {
    return row.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(column))
        .findFirst()
        .orElseThrow()
        .getValue();
  }
}
