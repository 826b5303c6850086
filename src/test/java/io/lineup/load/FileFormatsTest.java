package io.lineup.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lineup.job.Compression;
import io.lineup.job.Format;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every format option the reader knows: delimiters, line ends, character sets, ZIP. */
class FileFormatsTest {

  private static final Format CSV = Format.csv();

  @ParameterizedTest
  @ValueSource(strings = {",", "\t", ";", "|", "~", "é"})
  void anyOneCharacterDelimiter(String d) throws IOException {
    String text = "a" + d + "b\n\"x" + d + "y\"" + d + "z\n";
    assertThat(read(text.getBytes(StandardCharsets.UTF_8), format(d, null, null)))
        .containsExactly(List.of("a", "b"), List.of("x" + d + "y", "z"));
  }

  @Test
  void crlfAndLfLineEndsAreBothRecordEndsAndNeverPartOfAValue() throws IOException {
    byte[] bytes = "a,b\r\n1,2\r\n3,4\n\"multi\r\nline\",5\r\n".getBytes(StandardCharsets.UTF_8);
    assertThat(read(bytes, CSV))
        .containsExactly(
            List.of("a", "b"), List.of("1", "2"), List.of("3", "4"), List.of("multi\r\nline", "5"));
  }

  @Test
  void utf16WithAByteOrderMarkInEitherByteOrder() throws IOException {
    String text = "name\nZoë 中文 😀\n";
    assertThat(read(text.getBytes(StandardCharsets.UTF_16), format(null, "UTF-16", null)).get(1))
        .containsExactly("Zoë 中文 😀");
    byte[] le = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
    assertThat(read(le, format(null, "UTF-16LE", null)).get(1)).containsExactly("Zoë 中文 😀");
    assertThat(read(le, format(null, "UTF-16", null)).get(0))
        .as("UTF-16 reads the byte-order mark to know the order")
        .containsExactly("name");
  }

  @Test
  void windows1252KeepsItsOwnCharactersAndRefusesBytesItDoesNotDefine() throws IOException {
    Charset cp1252 = Charset.forName("windows-1252");
    byte[] bytes = "name\n€ “quoted” – Œuvre\n".getBytes(cp1252);
    assertThat(bytes).contains((byte) 0x80);
    assertThat(read(bytes, format(null, "windows-1252", null)).get(1))
        .containsExactly("€ “quoted” – Œuvre");
    assertThat(read(bytes, format(null, "ISO-8859-1", null)).get(1).get(0))
        .as("the same bytes mean other characters in ISO-8859-1")
        .startsWith("\u0080");
    byte[] undefined = {'n', '\n', (byte) 0x81, '\n'};
    assertThatThrownBy(() -> read(undefined, format(null, "windows-1252", null)))
        .isInstanceOf(ImportFailedException.class)
        .hasMessageContaining("not valid in its character set");
  }

  @Test
  void aUtf8ByteOrderMarkIsSkippedAndAnInnerOneIsKept() throws IOException {
    byte[] bytes = "\uFEFFa\n\uFEFFb\n".getBytes(StandardCharsets.UTF_8);
    assertThat(read(bytes, CSV)).containsExactly(List.of("a"), List.of("\uFEFFb"));
  }

  @Test
  void aZipWithOneFileIsReadAsAStream() throws IOException {
    byte[] zip = zip("contacts.csv", "a;b\r\n1;2\r\n");
    assertThat(read(zip, format(";", null, Compression.ZIP)))
        .containsExactly(List.of("a", "b"), List.of("1", "2"));
  }

  @Test
  void aZipMustHoldExactlyOneFile() throws IOException {
    assertThatThrownBy(() -> read(zip("a.csv", "a\n1\n", "b.csv", "a\n2\n"), zipped()))
        .isInstanceOf(ImportFailedException.class)
        .hasMessage("File f is a ZIP archive with more than one file: it must hold exactly one");
    assertThatThrownBy(() -> read(zip(), zipped()))
        .isInstanceOf(ImportFailedException.class)
        .hasMessage("File f is a ZIP archive with no file in it");
  }

  @Test
  void aFileThatIsNotAZipFailsAsEmpty() {
    assertThatThrownBy(() -> read("a,b\n".getBytes(StandardCharsets.UTF_8), zipped()))
        .isInstanceOf(ImportFailedException.class)
        .hasMessageContaining("ZIP archive with no file");
  }

  @Test
  void aCountFileHoldsOnlyANumber() {
    assertThat(CountFile.read(stream("1250\r\n"), "n.cnt")).isEqualTo(1250);
    assertThatThrownBy(() -> CountFile.read(stream("rows: 12"), "n.cnt"))
        .isInstanceOf(ImportFailedException.class)
        .hasMessage("Count file n.cnt must hold only the number of records, e.g. 1250");
    assertThatThrownBy(() -> CountFile.agree(3, 2, "n.cnt", "d.csv"))
        .hasMessage("Count file n.cnt says 3 records but d.csv has 2: nothing was imported");
  }

  private static Format format(String delimiter, String charset, Compression compression) {
    return new Format(delimiter, null, null, charset, compression);
  }

  private static Format zipped() {
    return format(null, null, Compression.ZIP);
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] zip(String... namesAndContents) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("folder/"));
      zip.closeEntry();
      for (int i = 0; i < namesAndContents.length; i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndContents[i]));
        zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  static List<List<String>> read(byte[] bytes, Format format) throws IOException {
    List<List<String>> records = new ArrayList<>();
    try (RecordReader reader = new RecordReader(new ByteArrayInputStream(bytes), "f", format)) {
      while (reader.hasNext()) {
        records.add(reader.next().fields());
      }
    }
    return records;
  }
}
