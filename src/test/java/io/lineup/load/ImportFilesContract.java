package io.lineup.load;

import static io.lineup.support.RunAssert.assertThatRun;
import static io.lineup.support.TestData.aJob;
import static io.lineup.support.TestData.aPet;
import static io.lineup.support.TestData.aProfileList;
import static io.lineup.support.TestData.aSupplemental;
import static io.lineup.support.TestData.field;
import static io.lineup.support.TestData.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.lineup.job.Channel;
import io.lineup.job.Compression;
import io.lineup.job.Format;
import io.lineup.job.JobRequest;
import io.lineup.job.MergeRule;
import io.lineup.job.PermissionStatus;
import io.lineup.job.TableMode;
import io.lineup.support.IntegrationTest;
import io.lineup.table.FieldType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/** Files as teams really get them, end to end over the API. Runs on H2 and on PostgreSQL. */
abstract class ImportFilesContract extends IntegrationTest {

  @Test
  void twoMatchKeysAreCombinedWithAndOnTheListAndOnItsPet() {
    String list = unique("LIST");
    api().post("/api/v1/tables", aProfileList(list, text("FIRST_NAME", 20)), HttpStatus.CREATED);
    JobRequest load =
        listJob(list, "email,customer,first\nann@x.io,C1,Ann\n")
            .match("EMAIL_ADDRESS_", "CUSTOMER_ID_")
            .build();
    assertThatRun(runJob(load)).hasCounts(1, 1, 0, 0);

    dropFile(load.source().path(), "email,customer,first\nann@x.io,C1,Anne\nann@x.io,C2,Other\n");
    assertThatRun(runJob(load)).hasStatus("SUCCEEDED").hasCounts(2, 1, 1, 0);
    assertThat(
            jdbc.sql(
                    "SELECT \"CUSTOMER_ID_\", \"FIRST_NAME\" FROM \""
                        + list
                        + "\" ORDER BY \"RIID_\"")
                .query((rs, n) -> rs.getString(1) + "=" + rs.getString(2))
                .list())
        .containsExactly("C1=Anne", "C2=Other");

    String pet = unique("PET");
    api()
        .post(
            "/api/v1/tables",
            aPet(pet, list, field("POINTS", FieldType.INTEGER)),
            HttpStatus.CREATED);
    String points =
        dropFile(
            pet + ".csv",
            "email,customer,points\nann@x.io,C2,20\nann@x.io,C3,30\nbob@x.io,C1,40\n");
    JsonNode run =
        runJob(
            aJob(pet, points)
                .map("email", "EMAIL_ADDRESS_")
                .map("customer", "CUSTOMER_ID_")
                .map("points", "POINTS")
                .match("EMAIL_ADDRESS_", "CUSTOMER_ID_")
                .build());

    assertThatRun(run).hasStatus("SUCCEEDED").hasCounts(3, 1, 0, 2);
    long other =
        jdbc.sql("SELECT \"RIID_\" FROM \"" + list + "\" WHERE \"CUSTOMER_ID_\" = 'C2'")
            .query(Long.class)
            .single();
    assertThat(jdbc.sql("SELECT \"RIID_\", \"POINTS\" FROM \"" + pet + "\"").query().singleRow())
        .containsValues(other, 20L);
    assertThat(rejects(run))
        .contains("ann@x.io,C3,30,NO MATCHING PROFILE", "bob@x.io,C1,40,NO MATCHING PROFILE");
  }

  @Test
  void aCountFileThatAgreesLetsTheRunThroughAndOneThatDoesNotKeepsNothing() {
    String list = unique("LIST");
    api().post("/api/v1/tables", aProfileList(list, text("FIRST_NAME", 20)), HttpStatus.CREATED);
    String count = dropFile(list + "/contacts.cnt", "3\n");
    JobRequest job =
        listJob(list, "email,customer,first\na@x.io,1,A\nb@x.io,2,B\nbad,3,C\n")
            .match("EMAIL_ADDRESS_")
            .format(new Format(null, null, null, null, null, null, null, count))
            .build();

    assertThatRun(runJob(job)).hasStatus("SUCCEEDED").hasCounts(3, 2, 0, 1);

    dropFile(job.source().path(), "email,customer,first\na@x.io,1,Changed\nc@x.io,3,C\n");
    JsonNode failed = runJob(job);

    assertThatRun(failed)
        .hasStatus("FAILED")
        .hasErrorContaining(
            "Count file " + count + " says 3 records but " + job.source().path() + " has 2");
    assertThat(
            jdbc.sql("SELECT \"FIRST_NAME\" FROM \"" + list + "\" ORDER BY \"RIID_\"")
                .query(String.class)
                .list())
        .as("nothing of the failed run was merged")
        .containsExactly("A", "B");

    deleteDropFile(count);
    assertThatRun(runJob(job)).hasStatus("FAILED").hasErrorContaining("was not found");
  }

  @Test
  void aZippedWindows1252FileWithoutHeaderSemicolonsCrlfAndItsOwnValues() {
    String list = unique("LIST");
    api()
        .post(
            "/api/v1/tables",
            aProfileList(list, text("FIRST_NAME", 20), field("BORN", FieldType.DATE)),
            HttpStatus.CREATED);
    String csv =
        "ann@x.io;Zoë “Z”;31/12/1990;Y;447700900123\r\n"
            + "bob@x.io;Bob;;N;\r\n"
            + "not-an-email;X;;Y;\r\n"
            + "cy@x.io;Cy;;Y;12-34\r\n"
            + ";NoEmail;;Y;\r\n"
            + "dee@x.io;Dee;1990-12-31;Y;\r\n"
            + "eve@x.io;Eve;;maybe;\r\n";
    String file = list + "/export.zip";
    writeDropFile(file, zip("export.csv", csv.getBytes(Charset.forName("windows-1252"))));
    JobRequest job =
        aJob(list, file)
            .format(
                new Format(
                    ";", "", false, "windows-1252", Compression.ZIP, "dd/MM/yyyy", null, null))
            .map("1", "EMAIL_ADDRESS_")
            .map("2", "FIRST_NAME")
            .map("3", "BORN")
            .map("4", "EMAIL_PERMISSION_STATUS_")
            .map("5", "MOBILE_NUMBER_")
            .match("EMAIL_ADDRESS_")
            .rule(new MergeRule(true, null, PermissionStatus.OPTOUT, "Y", "N", Channel.EMAIL))
            .build();

    JsonNode run = runJob(job);

    assertThatRun(run).hasStatus("SUCCEEDED").hasCounts(7, 2, 0, 5);
    Map<String, Object> ann = row(list, "ann@x.io");
    assertThat(ann)
        .containsEntry("FIRST_NAME", "Zoë “Z”")
        .containsEntry("EMAIL_PERMISSION_STATUS_", "I")
        .containsEntry("MOBILE_NUMBER_", "447700900123");
    assertThat(
            jdbc.sql("SELECT \"BORN\" FROM \"" + list + "\" WHERE \"EMAIL_ADDRESS_\" = 'ann@x.io'")
                .query(LocalDate.class)
                .single())
        .isEqualTo(LocalDate.of(1990, 12, 31));
    assertThat(row(list, "bob@x.io")).containsEntry("EMAIL_PERMISSION_STATUS_", "O");
    assertThat(rejects(run).lines())
        .containsExactly(
            "not-an-email;X;;Y;;INVALID FORMAT FOR EMAIL ADDRESS: 'not-an-email'",
            "cy@x.io;Cy;;Y;12-34;INVALID FORMAT FOR MOBILE NUMBER: '12-34'",
            ";NoEmail;;Y;;MATCH FIELD CANNOT BE EMPTY: EMAIL_ADDRESS_",
            "dee@x.io;Dee;1990-12-31;Y;;INVALID DATA FORMAT: BORN: '1990-12-31' is not a date like"
                + " 31/12/2026",
            "eve@x.io;Eve;;maybe;;INVALID DATA FORMAT: EMAIL_PERMISSION_STATUS_: 'maybe' is"
                + " neither the opt-in value 'Y' nor the opt-out value 'N'");
  }

  @Test
  void anEmptyChannelIsRejectedWhenTheRuleSaysSo() {
    String list = unique("LIST");
    api().post("/api/v1/tables", aProfileList(list, text("FIRST_NAME", 20)), HttpStatus.CREATED);
    JobRequest job =
        listJob(list, "email,customer,first\n,C1,NoEmail\na@x.io,C2,A\n")
            .match("CUSTOMER_ID_")
            .rule(new MergeRule(null, null, null, null, null, Channel.EMAIL))
            .build();

    JsonNode run = runJob(job);

    assertThatRun(run).hasCounts(2, 1, 0, 1);
    assertThat(rejects(run)).contains(",C1,NoEmail,EMAIL ADDRESS CANNOT BE EMPTY");
  }

  @Test
  void aSupplementalTableIsReplacedWholeOrAppendedTo() {
    String table = skuPriceTable("PRICES");
    String file = table + "/prices.csv";
    dropFile(file, "sku,price\nA,1\nB,2\nC,3\n");
    JobRequest merge = supplementalJob(table, file, TableMode.MERGE, null);
    assertThatRun(runJob(merge)).hasCounts(3, 3, 0, 0);

    String count = dropFile(table + "/prices.cnt", "3");
    dropFile(file, "sku,price\nB,20\nD,40\n");
    JsonNode failed = runJob(supplementalJob(table, file, TableMode.REPLACE, count));
    assertThatRun(failed).hasStatus("FAILED");
    assertThat(skus(table))
        .as("a failed replace keeps the old table")
        .containsExactly("A=1", "B=2", "C=3");

    JsonNode replaced = runJob(supplementalJob(table, file, TableMode.REPLACE, null));
    assertThatRun(replaced).hasStatus("SUCCEEDED").hasCounts(2, 2, 0, 0);
    assertThat(skus(table)).containsExactly("B=20", "D=40");

    dropFile(file, "sku,price\nD,41\nE,50\nE,51\n");
    JsonNode appended = runJob(supplementalJob(table, file, TableMode.APPEND, null));
    assertThatRun(appended).hasCounts(3, 1, 0, 2);
    assertThat(skus(table)).containsExactly("B=20", "D=40", "E=50");
    assertThat(api().get("/api/v1/tables/" + table + "/records").get("records").toString())
        .as("a NUMBER reads back in plain notation, whatever the database keeps")
        .contains("\"PRICE\":20", "\"PRICE\":40", "\"PRICE\":50")
        .doesNotContain("E+");
  }

  @Test
  void aReaderDuringAReplaceSeesTheWholeOldTableOrTheWholeNewOneNeverAMix() {
    String table = skuPriceTable("STOCK");
    String file = table + "/stock.csv";
    dropFile(file, csv("A", 1, 2_000));
    assertThatRun(runJob(supplementalJob(table, file, TableMode.MERGE, null)))
        .hasStatus("SUCCEEDED");
    dropFile(file, csv("B", 2, 100_000));

    long job =
        api()
            .post(
                "/api/v1/jobs",
                supplementalJob(table, file, TableMode.REPLACE, null),
                HttpStatus.CREATED)
            .get("id")
            .asLong();
    api().post("/api/v1/jobs/" + job + "/activate", null, HttpStatus.OK);
    long run =
        api().post("/api/v1/jobs/" + job + "/runs", null, HttpStatus.ACCEPTED).get("id").asLong();
    java.util.Set<String> seen = new java.util.LinkedHashSet<>();
    boolean[] seenOldMidImport = {false};
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(60))
        .pollInterval(java.time.Duration.ofMillis(20))
        .until(
            () -> {
              Map<String, Object> progress =
                  jdbc.sql("SELECT status, records_processed FROM lineup_job_run WHERE id = ?")
                      .param(run)
                      .query()
                      .singleRow();
              String state =
                  jdbc.sql(
                          "SELECT COUNT(*) || ' rows, ' || COUNT(CASE WHEN \"PRICE\" = 1 THEN 1 END)"
                              + " || ' old' FROM \""
                              + table
                              + "\"")
                      .query(String.class)
                      .single();
              seen.add(state);
              String status = String.valueOf(progress.get("status"));
              if ("RUNNING".equals(status)
                  && ((Number) progress.get("records_processed")).longValue() > 0
                  && state.equals("2000 rows, 2000 old")) {
                seenOldMidImport[0] = true;
              }
              return !"QUEUED".equals(status) && !"RUNNING".equals(status);
            });

    assertThat(seen).isSubsetOf("2000 rows, 2000 old", "100000 rows, 0 old");
    assertThat(seenOldMidImport[0])
        .as("a read while the replacing import had read records saw the old table whole")
        .isTrue();
    assertThat(skus(table)).hasSize(100_000).allMatch(s -> s.startsWith("B") && s.endsWith("=2"));
  }

  /** A supplemental table keyed by SKU, with a PRICE. */
  private String skuPriceTable(String name) {
    String table = unique(name);
    api()
        .post(
            "/api/v1/tables",
            aSupplemental(table, List.of("SKU"), text("SKU", 10), field("PRICE", FieldType.NUMBER)),
            HttpStatus.CREATED);
    return table;
  }

  private static String csv(String prefix, int price, int rows) {
    StringBuilder csv = new StringBuilder("sku,price\n");
    for (int i = 0; i < rows; i++) {
      csv.append(prefix).append(i).append(',').append(price).append('\n');
    }
    return csv.toString();
  }

  @Test
  void manyChunksInsertThenUpdateWithKeysRepeatedAcrossChunks() {
    String list = unique("LIST");
    api().post("/api/v1/tables", aProfileList(list, text("FIRST_NAME", 20)), HttpStatus.CREATED);
    StringBuilder first = new StringBuilder("email,customer,first\n");
    StringBuilder second = new StringBuilder("email,customer,first\n");
    for (int i = 0; i < 2500; i++) {
      first.append("p").append(i).append("@x.io,C").append(i).append(",F").append(i).append('\n');
      second.append("p").append(i).append("@x.io,C").append(i).append(",S").append(i).append('\n');
    }
    second.append("p7@x.io,C7,Last\n");
    JobRequest job = listJob(list, first.toString()).match("CUSTOMER_ID_").build();
    assertThatRun(runJob(job)).hasStatus("SUCCEEDED").hasCounts(2500, 2500, 0, 0);

    dropFile(job.source().path(), second.toString());
    assertThatRun(runJob(job)).hasStatus("SUCCEEDED").hasCounts(2501, 0, 2501, 0);

    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM \"" + list + "\" WHERE \"FIRST_NAME\" LIKE 'S%'")
                .query(Long.class)
                .single())
        .isEqualTo(2499);
    assertThat(row(list, "p7@x.io")).containsEntry("FIRST_NAME", "Last");
    assertThat(row(list, "p2499@x.io")).containsEntry("FIRST_NAME", "S2499");
  }

  @Test
  void aFileThatBreaksOffHalfWayFailsTheRunAndLeavesTheTableAsItWas() throws Exception {
    String list = unique("LIST");
    api().post("/api/v1/tables", aProfileList(list, text("FIRST_NAME", 20)), HttpStatus.CREATED);
    StringBuilder csv = new StringBuilder("email,customer,first\n");
    for (int i = 0; i < 5000; i++) {
      csv.append("p").append(i).append("@x.io,C").append(i).append(",F").append(i).append('\n');
    }
    java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(zipped)) {
      gzip.write(csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    byte[] whole = zipped.toByteArray();
    String name = list + "/" + unique("cut") + ".csv.gz";
    writeDropFile(name, java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
    JobRequest job =
        aJob(list, name)
            .format(new Format(null, null, null, null, Compression.GZIP))
            .map("email", "EMAIL_ADDRESS_")
            .map("customer", "CUSTOMER_ID_")
            .map("first", "FIRST_NAME")
            .match("CUSTOMER_ID_")
            .build();

    assertThatRun(runJob(job)).hasStatus("FAILED").hasErrorContaining(name);

    assertThat(jdbc.sql("SELECT COUNT(*) FROM \"" + list + "\"").query(Long.class).single())
        .isZero();
  }

  private JobRequest supplementalJob(String table, String file, TableMode mode, String countFile) {
    return aJob(table, file)
        .format(new Format(null, null, null, null, null, null, null, countFile))
        .map("sku", "SKU")
        .map("price", "PRICE")
        .rule(new MergeRule(null, null, null, null, null, null, mode))
        .build();
  }

  private List<String> skus(String table) {
    return jdbc.sql("SELECT \"SKU\", \"PRICE\" FROM \"" + table + "\" ORDER BY \"SKU\"")
        .query(
            (rs, n) ->
                rs.getString(1) + "=" + rs.getBigDecimal(2).stripTrailingZeros().toPlainString())
        .list();
  }

  private io.lineup.support.TestData.JobBuilder listJob(String list, String csv) {
    String file = dropFile(list + "/" + unique("file") + ".csv", csv);
    return aJob(list, file)
        .map("email", "EMAIL_ADDRESS_")
        .map("customer", "CUSTOMER_ID_")
        .map("first", "FIRST_NAME");
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
    return jdbc.sql(
            "SELECT \"FIRST_NAME\", \"EMAIL_PERMISSION_STATUS_\", \"MOBILE_NUMBER_\" FROM \""
                + list
                + "\" WHERE \"EMAIL_ADDRESS_\" = ?")
        .param(email)
        .query(
            (rs, n) ->
                Map.<String, Object>of(
                    "FIRST_NAME", String.valueOf(rs.getString(1)),
                    "EMAIL_PERMISSION_STATUS_", String.valueOf(rs.getString(2)),
                    "MOBILE_NUMBER_", String.valueOf(rs.getString(3))))
        .single();
  }

  static void writeDropFile(String name, byte[] bytes) {
    Path file = DATA_DIR.resolve("files").resolve(name);
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] zip(String name, byte[] content) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
