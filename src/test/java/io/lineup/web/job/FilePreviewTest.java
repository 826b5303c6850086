package io.lineup.web.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineup.connection.ConnectionRequest;
import io.lineup.connection.TestSftpServer;
import io.lineup.job.Compression;
import io.lineup.job.Format;
import io.lineup.job.Source;
import io.lineup.job.SourceType;
import io.lineup.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** The job form's preview reads a file as the import does, from the job's own source. */
class FilePreviewTest extends IntegrationTest {

  @Autowired FilePreview preview;

  @Test
  void zippedUtf8WithAByteOrderMarkAndGzippedWindows1252ArePreviewedAsTheImportReadsThem()
      throws IOException {
    String folder = unique("preview");
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
      zip.putNextEntry(new ZipEntry("people.csv"));
      zip.write("\uFEFFemail;name\nann@x.io;Renée\n".getBytes(StandardCharsets.UTF_8));
    }
    ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
      gzip.write("email;name\nann@x.io;Renée €\n".getBytes(Charset.forName("windows-1252")));
    }
    write(folder + "/people.zip", zipped.toByteArray());
    write(folder + "/people.csv.gz", gzipped.toByteArray());

    FilePreview.Preview zip =
        preview.of(
            new Source(SourceType.LOCAL, folder + "/people.zip", null, false, false),
            new Format(";", "\"", true, "UTF-8", Compression.ZIP));
    FilePreview.Preview gzip =
        preview.of(
            new Source(SourceType.LOCAL, folder + "/people.csv.gz", null, false, false),
            new Format(";", "\"", true, "windows-1252", Compression.GZIP));

    assertThat(zip.problem()).isNull();
    assertThat(zip.rows()).containsExactly(List.of("email", "name"), List.of("ann@x.io", "Renée"));
    assertThat(gzip.rows())
        .containsExactly(List.of("email", "name"), List.of("ann@x.io", "Renée €"));
  }

  private static void write(String name, byte[] bytes) throws IOException {
    Files.createDirectories(DATA_DIR.resolve("files").resolve(name).getParent());
    Files.write(DATA_DIR.resolve("files").resolve(name), bytes);
  }

  @Test
  void anSftpSourceIsPreviewedFromItsServerAndAMissingFileIsNamed() {
    try (TestSftpServer server = new TestSftpServer()) {
      server.write("in/people.csv", "email,first\na@x.io,A\n");
      long connection =
          api()
              .post(
                  "/api/v1/connections",
                  new ConnectionRequest(
                      unique("preview"),
                      "127.0.0.1",
                      server.port(),
                      TestSftpServer.USER,
                      TestSftpServer.PASSWORD,
                      null,
                      server.hostKey(),
                      5,
                      10),
                  HttpStatus.CREATED)
              .get("id")
              .asLong();

      FilePreview.Preview p =
          preview.of(
              new Source(SourceType.SFTP, "in/people.csv", connection, false, false), Format.csv());
      FilePreview.Preview missing =
          preview.of(
              new Source(SourceType.SFTP, "in/nobody.csv", connection, false, false), Format.csv());

      assertThat(p.rows()).containsExactly(List.of("email", "first"), List.of("a@x.io", "A"));
      assertThat(missing.problem())
          .isEqualTo(
              "File in/nobody.csv was not found in sftp://lineup@127.0.0.1:" + server.port());
    }
  }
}
