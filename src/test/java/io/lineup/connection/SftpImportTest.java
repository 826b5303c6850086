package io.lineup.connection;

import static io.lineup.support.RunAssert.assertThatRun;
import static io.lineup.support.TestData.aJob;
import static io.lineup.support.TestData.aProfileList;
import static io.lineup.support.TestData.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.lineup.job.Format;
import io.lineup.job.JobRequest;
import io.lineup.job.Source;
import io.lineup.job.SourceType;
import io.lineup.source.FileNames;
import io.lineup.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/** SFTP sources against a real SFTP server, and the connections API. */
class SftpImportTest extends IntegrationTest {

  private static TestSftpServer server;

  @BeforeAll
  static void startServer() {
    server = new TestSftpServer();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Test
  void secretsAreSealedAndNeverShownAndTheFirstTestPinsTheHostKey() {
    JsonNode created = createConnection(TestSftpServer.PASSWORD, null, null);

    assertThat(created.toString()).doesNotContain(TestSftpServer.PASSWORD).doesNotContain("secret");
    assertThat(created.get("auth").asString()).isEqualTo("PASSWORD");
    assertThat(created.get("hostKey").isNull()).isTrue();
    long id = created.get("id").asLong();
    String stored =
        jdbc.sql("SELECT secret FROM lineup_connection WHERE id = ?")
            .param(id)
            .query(String.class)
            .single();
    assertThat(stored).doesNotContain(TestSftpServer.PASSWORD).isNotBlank();

    JsonNode test = api().post("/api/v1/connections/" + id + "/test", null, HttpStatus.OK);
    assertThat(test.get("ok").asBoolean()).isTrue();
    assertThat(test.get("hostKey").asString()).isEqualTo(server.hostKey());
    assertThat(api().get("/api/v1/connections/" + id).get("hostKey").asString())
        .isEqualTo(server.hostKey());
    assertThat(api().get("/api/v1/connections").toString()).doesNotContain(TestSftpServer.PASSWORD);
    assertThat(
            new ConnectionRequest(
                    "n", "h", 22, "u", TestSftpServer.PASSWORD, "-----BEGIN KEY", null, null, null)
                .toString())
        .as("a request in a log line")
        .doesNotContain(TestSftpServer.PASSWORD)
        .doesNotContain("BEGIN KEY");
  }

  @Test
  void everyBadFieldIsReported() {
    JsonNode problem =
        api()
            .post(
                "/api/v1/connections",
                new ConnectionRequest("", "bad host", 70000, null, "pw", "key", "md5:xx", 0, null),
                HttpStatus.BAD_REQUEST);
    assertThat(problem.get("errors").findValuesAsString("field"))
        .contains(
            "name", "host", "port", "username", "privateKey", "hostKey", "connectTimeoutSeconds");
  }

  @Test
  void aPasswordLoginReadsADatedFileInTheJobsZoneChecksItsCountAndArchivesIt() {
    long connection =
        createConnection(TestSftpServer.PASSWORD, null, server.hostKey()).get("id").asLong();
    String list = list();
    // 08:00 UTC on 2 March (the test clock's start) is still 1 March in Pago Pago (UTC-11)
    String day =
        DateTimeFormatter.BASIC_ISO_DATE
            .format(clock.instant().atZone(ZoneId.of("Pacific/Pago_Pago")))
            .substring(0, 8);
    String stamp = FileNames.STAMP.format(clock.instant());
    server.write("upload/" + list + "_" + day + ".csv", "email,first\na@x.io,A\nb@x.io,B\n");
    server.write("upload/" + list + "_" + day + ".cnt", "2\n");
    JsonNode run =
        runJob(
            sftpJob(
                    list,
                    connection,
                    "upload/" + list + "_{yyyyMMdd}.csv",
                    true,
                    false,
                    "Pacific/Pago_Pago")
                .countFile("upload/" + list + "_{yyyyMMdd}.cnt"));

    assertThatRun(run).hasStatus("SUCCEEDED").hasCounts(2, 2, 0, 0);
    Path archive = server.root().resolve("upload/archive");
    assertThat(archive.resolve(stamp + "_" + list + "_" + day + ".csv")).exists();
    assertThat(archive.resolve(stamp + "_" + list + "_" + day + ".cnt")).exists();
    assertThat(server.root().resolve("upload/" + list + "_" + day + ".csv")).doesNotExist();
  }

  @Test
  void aKeyLoginReadsTheFileAndDeletesItOnSuccess() {
    long connection =
        createConnection(null, server.userPrivateKey(), server.hostKey()).get("id").asLong();
    String list = list();
    Path file = server.write(list + ".csv", "email,first\na@x.io,A\n");

    JsonNode run = runJob(sftpJob(list, connection, "/" + list + ".csv", false, true, null));

    assertThatRun(run).hasStatus("SUCCEEDED").hasCounts(1, 1, 0, 0);
    assertThat(file).doesNotExist();
  }

  @Test
  void aWrongPasswordFailsTheRunWithAClearMessageAndLeavesTheFile() {
    long connection = createConnection("wrong", null, server.hostKey()).get("id").asLong();
    String list = list();
    Path file = server.write(list + ".csv", "email,first\na@x.io,A\n");

    JsonNode run = runJob(sftpJob(list, connection, list + ".csv", true, true, null));

    assertThatRun(run)
        .hasStatus("FAILED")
        .hasErrorContaining("Login to lineup@127.0.0.1:" + server.port() + " failed");
    assertThat(file).exists();
    assertThat(
            api()
                .post("/api/v1/connections/" + connection + "/test", null, HttpStatus.OK)
                .get("ok")
                .asBoolean())
        .isFalse();
  }

  @Test
  void aChangedHostKeyFailsTheRun() {
    try (TestSftpServer other = new TestSftpServer()) {
      long connection = passwordConnection(other.port(), other.hostKey(), 5, 10);
      String list = list();
      other.write(list + ".csv", "email,first\na@x.io,A\n");
      String pinned = other.hostKey();
      other.changeHostKey();

      JsonNode run = runJob(sftpJob(list, connection, list + ".csv", false, false, null));

      assertThatRun(run)
          .hasStatus("FAILED")
          .hasErrorContaining("has changed: the connection pins " + pinned)
          .hasErrorContaining("but the server offered " + other.hostKey());
      assertThat(jdbc.sql("SELECT COUNT(*) FROM \"" + list + "\"").query(Long.class).single())
          .isZero();
    }
  }

  @Test
  void aRunOnAConnectionWithNoKeyPinnedPinsTheKeyItMeetsAndThenRefusesAnother() {
    try (TestSftpServer other = new TestSftpServer()) {
      long connection = passwordConnection(other.port(), null, 5, 10);
      String list = list();
      other.write(list + ".csv", "email,first\na@x.io,A\n");

      assertThatRun(runJob(sftpJob(list, connection, list + ".csv", false, false, null)))
          .hasStatus("SUCCEEDED");
      String pinned = other.hostKey();
      assertThat(hostKeyOf(connection)).isEqualTo(pinned);

      other.changeHostKey();
      assertThatRun(runJob(sftpJob(list, connection, list + ".csv", false, false, null)))
          .hasStatus("FAILED")
          .hasErrorContaining("has changed: the connection pins " + pinned);
    }
  }

  @Test
  void anUpdateKeepsThePinnedKeyUnlessItIsClearedAndThenTheNextTestPinsTheNewOne() {
    try (TestSftpServer other = new TestSftpServer()) {
      String oldKey = other.hostKey();
      long connection = passwordConnection(other.port(), oldKey, 5, 10);
      ConnectionRequest rename =
          new ConnectionRequest(
              unique("renamed"),
              "127.0.0.1",
              other.port(),
              TestSftpServer.USER,
              null,
              null,
              null,
              3,
              7);

      JsonNode updated = api().put("/api/v1/connections/" + connection, rename, HttpStatus.OK);

      assertThat(updated.get("hostKey").asString()).as("a key left out stays").isEqualTo(oldKey);
      assertThat(updated.get("name").asString()).isEqualTo(rename.name());
      assertThat(updated.get("connectTimeoutSeconds").asInt()).isEqualTo(3);
      assertThat(updated.get("readTimeoutSeconds").asInt()).isEqualTo(7);
      other.changeHostKey();
      JsonNode refused =
          api().post("/api/v1/connections/" + connection + "/test", null, HttpStatus.OK);
      assertThat(refused.get("ok").asBoolean()).isFalse();
      assertThat(refused.get("message").asString()).contains("has changed");

      ConnectionRequest forget =
          new ConnectionRequest(
              rename.name(), "127.0.0.1", other.port(), TestSftpServer.USER, null, null, "", 3, 7);
      assertThat(
              api()
                  .put("/api/v1/connections/" + connection, forget, HttpStatus.OK)
                  .get("hostKey")
                  .isNull())
          .isTrue();
      JsonNode test =
          api().post("/api/v1/connections/" + connection + "/test", null, HttpStatus.OK);
      assertThat(test.get("ok").asBoolean()).as("the saved password still logs in").isTrue();
      assertThat(test.get("message").asString()).contains("host key pinned");
      assertThat(hostKeyOf(connection)).isEqualTo(other.hostKey()).isNotEqualTo(oldKey);
    }
  }

  @Test
  void aServerThatNeverAnswersFailsTheTestAndTheRunWithinTheConnectTimeout() {
    try (StallingProxy silent = new StallingProxy(server.port(), 0)) {
      long connection = passwordConnection(silent.port(), null, 1, 10);

      JsonNode test =
          api().post("/api/v1/connections/" + connection + "/test", null, HttpStatus.OK);
      assertThat(test.get("ok").asBoolean()).isFalse();
      assertThat(test.get("message").asString())
          .contains("127.0.0.1:" + silent.port(), "did not answer within 1 s");

      String list = list();
      assertThatRun(runJob(sftpJob(list, connection, list + ".csv", false, false, null)))
          .hasStatus("FAILED")
          .hasErrorContaining("did not answer within 1 s");
    }
  }

  @Test
  void aServerThatStopsAnsweringInTheMiddleOfAFileFailsTheRunAfterTheReadTimeout() {
    String list = list();
    StringBuilder csv = new StringBuilder("email,first\n");
    for (int i = 0; i < 100_000; i++) {
      csv.append("person").append(i).append("@example.com,Person number ").append(i).append('\n');
    }
    Path file = server.write(list + ".csv", csv.toString());
    try (StallingProxy stalling = new StallingProxy(server.port(), 512 * 1024)) {
      long connection = passwordConnection(stalling.port(), server.hostKey(), 5, 2);

      JsonNode run = runJob(sftpJob(list, connection, list + ".csv", false, true, null));

      assertThatRun(run)
          .hasStatus("FAILED")
          .hasErrorContaining(list + ".csv")
          .hasErrorContaining("stopped answering");
      assertThat(jdbc.sql("SELECT COUNT(*) FROM \"" + list + "\"").query(Long.class).single())
          .as("nothing of a file cut off is kept")
          .isZero();
      assertThat(file).as("a failed run does not delete its file").exists();
    }
  }

  @Test
  void aLocalFileIsArchivedBesideItselfAfterSuccess() {
    String list = list();
    String stamp = FileNames.STAMP.format(clock.instant());
    String file = dropFile(list + "/in.csv", "email,first\na@x.io,A\n");
    JsonNode run = runJob(localJob(list, file, true, false));

    assertThatRun(run).hasStatus("SUCCEEDED");
    Path drop = DATA_DIR.resolve("files").resolve(list);
    assertThat(drop.resolve("in.csv")).doesNotExist();
    assertThat(Files.exists(drop.resolve("archive/" + stamp + "_in.csv"))).isTrue();
  }

  @Test
  void aLocalFileIsDeletedAfterSuccessAndKeptAfterAFailure() {
    String list = list();
    String good = dropFile(list + "/good.csv", "email,first\na@x.io,A\n");
    String bad = dropFile(list + "/bad.csv", "email,nofirst\na@x.io,A\n");

    assertThatRun(runJob(localJob(list, good, false, true))).hasStatus("SUCCEEDED");
    assertThatRun(runJob(localJob(list, bad, true, true)))
        .hasStatus("FAILED")
        .hasErrorContaining("first");

    Path drop = DATA_DIR.resolve("files");
    assertThat(drop.resolve(good)).doesNotExist();
    assertThat(drop.resolve(bad)).as("a failed run neither archives nor deletes").exists();
    assertThat(drop.resolve(list + "/archive")).doesNotExist();
  }

  private static JobRequest localJob(String list, String file, boolean archive, boolean delete) {
    JobRequest job =
        aJob(list, file)
            .map("email", "EMAIL_ADDRESS_")
            .map("first", "FIRST_NAME")
            .match("EMAIL_ADDRESS_")
            .build();
    return withSource(
        job, new Source(SourceType.LOCAL, file, null, archive, delete, null), job.format());
  }

  private String hostKeyOf(long connection) {
    JsonNode key = api().get("/api/v1/connections/" + connection).get("hostKey");
    return key.isNull() ? null : key.asString();
  }

  private String list() {
    String list = unique("SFTP");
    api().post("/api/v1/tables", aProfileList(list, text("FIRST_NAME", 20)), HttpStatus.CREATED);
    return list;
  }

  private JsonNode createConnection(String password, String key, String hostKey) {
    return api()
        .post(
            "/api/v1/connections",
            new ConnectionRequest(
                unique("drop"),
                "127.0.0.1",
                server.port(),
                TestSftpServer.USER,
                password,
                key,
                hostKey,
                5,
                10),
            HttpStatus.CREATED);
  }

  private long passwordConnection(int port, String hostKey, int connectTimeout, int readTimeout) {
    return api()
        .post(
            "/api/v1/connections",
            new ConnectionRequest(
                unique("drop"),
                "127.0.0.1",
                port,
                TestSftpServer.USER,
                TestSftpServer.PASSWORD,
                null,
                hostKey,
                connectTimeout,
                readTimeout),
            HttpStatus.CREATED)
        .get("id")
        .asLong();
  }

  private SftpJob sftpJob(
      String list, long connection, String path, boolean archive, boolean delete, String zone) {
    JobRequest job =
        aJob(list, "unused.csv")
            .map("email", "EMAIL_ADDRESS_")
            .map("first", "FIRST_NAME")
            .match("EMAIL_ADDRESS_")
            .build();
    return new SftpJob(
        withSource(
            job,
            new Source(SourceType.SFTP, path, connection, archive, delete, zone),
            job.format()));
  }

  private record SftpJob(JobRequest job) {
    JobRequest countFile(String countFile) {
      Format f = job.format();
      return withSource(
          job,
          job.source(),
          new Format(
              f.delimiter(),
              f.qualifier(),
              f.header(),
              f.charset(),
              f.compression(),
              null,
              null,
              countFile));
    }
  }

  private static JobRequest withSource(JobRequest job, Source source, Format format) {
    return new JobRequest(
        job.name(),
        job.description(),
        job.table(),
        source,
        format,
        job.mapping(),
        job.match(),
        job.mergeRule(),
        job.onDemand());
  }

  private JsonNode runJob(SftpJob job) {
    return runJob(job.job());
  }

  private JsonNode runJob(JobRequest request) {
    long id = api().post("/api/v1/jobs", request, HttpStatus.CREATED).get("id").asLong();
    api().post("/api/v1/jobs/" + id + "/activate", null, HttpStatus.OK);
    JsonNode queued = api().post("/api/v1/jobs/" + id + "/runs", null, HttpStatus.ACCEPTED);
    return api().awaitEnd("/api/v1/job-runs/" + queued.get("id").asLong());
  }
}
