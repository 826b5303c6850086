package io.lineup.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lineup.job.Compression;
import io.lineup.job.Format;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordReaderTest {

  @TempDir Path folder;

  @Test
  void readsQuotedFieldsWithDelimitersLineBreaksAndQuotes() throws IOException {
    Path file = write("a,b\n\"x,1\",\"line\nbreak\"\r\n\"say \"\"hi\"\"\",\n");
    assertThat(read(file, Format.csv()))
        .containsExactly(
            List.of("a", "b"), List.of("x,1", "line\nbreak"), List.of("say \"hi\"", ""));
  }

  @Test
  void anyDelimiterAndNoQualifier() throws IOException {
    Path file = write("a|b\n\"x\"|y\n");
    assertThat(read(file, new Format("|", "", true, null, null)))
        .containsExactly(List.of("a", "b"), List.of("\"x\"", "y"));
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheFirstColumn() throws IOException {
    Path file = write("\uFEFFemail,name\na@b.c,A\n");
    assertThat(read(file, Format.csv()).get(0)).containsExactly("email", "name");
  }

  @Test
  void gzipIsReadAsAStream() throws IOException {
    Path file = folder.resolve("f.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(read(file, new Format(null, null, null, null, Compression.GZIP)))
        .containsExactly(List.of("a", "b"), List.of("1", "2"));
  }

  @Test
  void bytesThatAreNotUtf8FailTheRunRatherThanBeingReplaced() throws IOException {
    Path file = folder.resolve("latin1.csv");
    Files.write(file, "name\nJos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> read(file, Format.csv()))
        .isInstanceOf(ImportFailedException.class)
        .hasMessage(
            "File latin1.csv cannot be read: it has bytes that are not valid in its character set");
    assertThat(read(file, new Format(null, null, null, "ISO-8859-1", null)).get(1))
        .containsExactly("José");
  }

  @Test
  void countsTheBytesItHasRead() throws IOException {
    Path file = write("a,b\n1,2\n");
    try (RecordReader reader = new RecordReader(file, "f", Format.csv())) {
      while (reader.hasNext()) {
        reader.next();
      }
      assertThat(reader.bytesRead()).isEqualTo(Files.size(file));
    }
  }

  private Path write(String content) throws IOException {
    return Files.writeString(folder.resolve("f.csv"), content, StandardCharsets.UTF_8);
  }

  private static List<List<String>> read(Path file, Format format) throws IOException {
    List<List<String>> records = new ArrayList<>();
    try (RecordReader reader = new RecordReader(file, file.getFileName().toString(), format)) {
      while (reader.hasNext()) {
        records.add(reader.next().fields());
      }
    }
    return records;
  }
}
