package io.lineup.load;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.lineup.job.ColumnMapping;
import io.lineup.job.Format;
import io.lineup.job.ImportJob;
import io.lineup.job.JobStatus;
import io.lineup.job.MergeRule;
import io.lineup.job.Source;
import io.lineup.job.SourceType;
import io.lineup.table.Field;
import io.lineup.table.FieldType;
import io.lineup.table.TableDefinition;
import io.lineup.table.TableKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Random records in random formats: valid ones are stored exactly as written, malformed ones are
 * each rejected with a reason and never stop the reading. Runs the reader, the parser and the
 * supplemental merger against an in-memory H2.
 */
class RecordPropertiesTest {

  private static final Field KEY = new Field("K", FieldType.TEXT, 12, false);
  private static final Field TXT = new Field("TXT", FieldType.TEXT, 40, false);
  private static final Field N = new Field("N", FieldType.INTEGER, null, false);
  private static final Field D = new Field("D", FieldType.NUMBER, null, false);
  private static final Field DT = new Field("DT", FieldType.DATE, null, false);
  private static final Field TS = new Field("TS", FieldType.TIMESTAMP, null, false);
  private static final Field B = new Field("B", FieldType.BOOLEAN, null, false);
  private static final List<Field> FIELDS = List.of(KEY, TXT, N, D, DT, TS, B);
  private static final List<String> BOOLEAN_TRUE = List.of("true", "TRUE", "Y", "yes", "1", "t");
  private static final List<String> BOOLEAN_FALSE = List.of("false", "N", "no", "NO", "0", "f");
  private static final TableDefinition TABLE =
      new TableDefinition(
          "PROPS", TableKind.SUPPLEMENTAL, null, List.of("K"), FIELDS, Instant.EPOCH);

  private static JdbcTemplate jdbc;

  record Row(
      String key, String text, Long n, BigDecimal d, LocalDate dt, LocalDateTime ts, Boolean b) {}

  /** How a file is written: {@code qualifier} 0 means none, so no value may hold a delimiter. */
  record Layout(
      char delimiter,
      char qualifier,
      String charset,
      LineDelimiter lineEnd,
      String datePattern,
      String timestampPattern) {

    boolean qualified() {
      return qualifier != 0;
    }
  }

  /** A file's layout and rows, drawn together: what a value may hold depends on the layout. */
  record Case(Layout layout, List<Row> rows) {}

  /** A layout and lines, good and malformed; {@code unterminated} ends the file in a quote. */
  record Mixed(Layout layout, List<Line> lines, boolean unterminated) {}

  @BeforeContainer
  static void database() {
    jdbc =
        new JdbcTemplate(
            new DriverManagerDataSource("jdbc:h2:mem:props;DB_CLOSE_DELAY=-1", "sa", ""));
    jdbc.execute(
        "CREATE TABLE \"PROPS\" (\"K\" VARCHAR(12) PRIMARY KEY, \"TXT\" VARCHAR(40), \"N\" BIGINT,"
            + " \"D\" DECFLOAT, \"DT\" DATE, \"TS\" TIMESTAMP, \"B\" BOOLEAN)");
  }

  @AfterContainer
  static void dropDatabase() {
    jdbc.execute("DROP ALL OBJECTS");
  }

  @Property(tries = 80)
  void validRecordsAreStoredExactlyAsWritten(@ForAll("cases") Case c) throws IOException {
    jdbc.execute("TRUNCATE TABLE \"PROPS\"");
    Layout layout = c.layout();
    List<List<String>> lines = c.rows().stream().map(r -> fields(r, layout)).toList();
    Format format = format(layout);

    List<ParseOutcome> outcomes = readAndParse(write(layout, lines, false), format);
    List<ParsedRecord> parsed = outcomes.stream().map(ParsedRecord.class::cast).toList();
    ChunkResult merged = merger(format).merge(parsed);

    assertThat(merged.added()).isEqualTo(c.rows().size());
    assertStored(c.rows());
  }

  @Property(tries = 100)
  void malformedLinesAreRejectedWithAReasonAndNeverStopTheRun(@ForAll("mixed") Mixed m)
      throws IOException {
    jdbc.execute("TRUNCATE TABLE \"PROPS\"");
    Layout layout = m.layout();
    Format format = format(layout);
    List<List<String>> written = m.lines().stream().map(Line::fields).toList();

    List<ParseOutcome> outcomes = readAndParse(write(layout, written, m.unterminated()), format);
    List<ParsedRecord> parsed = new ArrayList<>();

    assertThat(outcomes).hasSize(m.lines().size() + (m.unterminated() ? 1 : 0));
    for (int i = 0; i < m.lines().size(); i++) {
      Line line = m.lines().get(i);
      ParseOutcome outcome = outcomes.get(i);
      if (line.expected() == null) {
        assertThat(outcome).isInstanceOf(ParsedRecord.class);
        parsed.add((ParsedRecord) outcome);
      } else {
        assertThat(outcome).isInstanceOf(RejectedRecord.class);
        assertThat(((RejectedRecord) outcome).rejection().reason()).isEqualTo(line.expected());
        assertThat(((RejectedRecord) outcome).source().fields()).isEqualTo(line.fields());
      }
    }
    if (m.unterminated()) {
      // an opening quote never closed takes the rest of the file into one value: one record with
      // too few fields, rejected, and the file still ends normally
      assertThat(outcomes.get(outcomes.size() - 1)).isInstanceOf(RejectedRecord.class);
      assertThat(((RejectedRecord) outcomes.get(outcomes.size() - 1)).rejection().reason())
          .isEqualTo(RejectReason.WRONG_FIELD_COUNT);
    }
    ChunkResult merged = merger(format).merge(parsed);
    assertThat(merged.added()).isEqualTo(parsed.size());
    assertStored(m.lines().stream().map(Line::row).filter(Objects::nonNull).toList());
  }

  private void assertStored(List<Row> expected) {
    List<Row> stored =
        jdbc.query(
            "SELECT * FROM \"PROPS\"",
            (rs, i) ->
                new Row(
                    rs.getString("K"),
                    rs.getString("TXT"),
                    rs.getObject("N", Long.class),
                    rs.getBigDecimal("D"),
                    rs.getObject("DT", LocalDate.class),
                    rs.getObject("TS", LocalDateTime.class),
                    rs.getObject("B", Boolean.class)));
    // H2's DECFLOAT keeps a NUMBER's value, not its written scale (1.50 reads back as 1.5)
    assertThat(stored)
        .usingRecursiveFieldByFieldElementComparator(
            RecursiveComparisonConfiguration.builder()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .build())
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  private static Merger merger(Format format) {
    return MergerFactory.chunked(
        jdbc,
        MergerFactory.plan(job(format), TABLE, null, FIELDS, LocalDateTime.now(Clock.systemUTC())));
  }

  /** The row as a file holds it, booleans in one of the spellings a file may use. */
  private static List<String> fields(Row r, Layout layout) {
    int spelling = Math.floorMod(r.key().hashCode(), BOOLEAN_TRUE.size());
    return List.of(
        r.key(),
        Objects.toString(r.text(), ""),
        Objects.toString(r.n(), ""),
        r.d() == null ? "" : r.d().toPlainString(),
        r.dt() == null ? "" : ValueFormats.strict(layout.datePattern()).format(r.dt()),
        r.ts() == null ? "" : ValueFormats.strict(layout.timestampPattern()).format(r.ts()),
        r.b() == null ? "" : (r.b() ? BOOLEAN_TRUE : BOOLEAN_FALSE).get(spelling));
  }

  /**
   * A line of the file and the reason it must be rejected for; a good one has no reason and the row
   * it stores.
   */
  record Line(List<String> fields, RejectReason expected, Row row) {
    Line(List<String> fields, RejectReason expected) {
      this(fields, expected, null);
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    return layouts().flatMap(layout -> rows(layout).map(rows -> new Case(layout, rows)));
  }

  @Provide
  Arbitrary<Mixed> mixed() {
    return layouts()
        .flatMap(
            layout ->
                Combinators.combine(
                        mixedLines(layout),
                        layout.qualified() ? Arbitraries.of(false, true) : Arbitraries.just(false))
                    .as((lines, unterminated) -> new Mixed(layout, lines, unterminated)));
  }

  /** Text the layout can carry: the charset's characters; no delimiter or line break unquoted. */
  private static Arbitrary<String> text(Layout layout) {
    List<Character> extra = new ArrayList<>(List.of('é', 'ß', 'ÿ', '\u00A0'));
    if (!layout.charset().equals("ISO-8859-1")) {
      extra.addAll(List.of('€', 'Œ'));
    }
    if (layout.charset().startsWith("UTF")) {
      extra.addAll(List.of('中', '\uFEFF', 'ж'));
    }
    if (layout.qualified()) {
      extra.addAll(List.of(',', ';', '|', '\t', '"', '\r', '\n'));
    }
    char[] chars = new char[extra.size()];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = extra.get(i);
    }
    return Arbitraries.strings()
        .withCharRange(' ', '~')
        .withChars(chars)
        .ofMinLength(1)
        .ofMaxLength(40)
        .filter(t -> layout.qualified() || t.indexOf(layout.delimiter()) < 0);
  }

  private static Arbitrary<List<Row>> rows(Layout layout) {
    Arbitrary<Row> row = row(layout);
    return row.list()
        .ofMinSize(1)
        .ofMaxSize(30)
        .map(
            list -> {
              List<Row> keyed = new ArrayList<>();
              for (int i = 0; i < list.size(); i++) {
                keyed.add(keyed(list.get(i), "K" + i));
              }
              return keyed;
            });
  }

  private static Row keyed(Row r, String key) {
    return new Row(key, r.text(), r.n(), r.d(), r.dt(), r.ts(), r.b());
  }

  private static Arbitrary<Row> row(Layout layout) {
    Arbitrary<String> text = Arbitraries.oneOf(text(layout), Arbitraries.just(null));
    Arbitrary<Long> n = Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.just(null));
    Arbitrary<BigDecimal> d =
        Arbitraries.oneOf(
            Arbitraries.integers()
                .between(0, 12)
                .flatMap(
                    scale ->
                        Arbitraries.bigDecimals()
                            .between(new BigDecimal("-1e20"), new BigDecimal("1e20"))
                            .ofScale(scale)),
            Arbitraries.just(null));
    Arbitrary<Long> days =
        Arbitraries.longs()
            .between(
                LocalDate.of(1000, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay());
    Arbitrary<LocalDate> dt =
        Arbitraries.oneOf(days.map(LocalDate::ofEpochDay), Arbitraries.just(null));
    Arbitrary<LocalDateTime> ts =
        Arbitraries.oneOf(
            Combinators.combine(days, Arbitraries.integers().between(0, 86_399))
                .as((day, second) -> LocalDate.ofEpochDay(day).atStartOfDay().plusSeconds(second)),
            Arbitraries.just(null));
    Arbitrary<Boolean> b = Arbitraries.of(Boolean.TRUE, Boolean.FALSE, null);
    return Combinators.combine(text, n, d, dt, ts, b)
        .as((t, nn, dd, ddt, tts, bb) -> new Row(null, t, nn, dd, ddt, tts, bb));
  }

  @Provide
  Arbitrary<Layout> layouts() {
    return Combinators.combine(
            Arbitraries.of(',', ';', '\t', '|', '^'),
            Arbitraries.of('"', '"', (char) 0),
            Arbitraries.of("UTF-8", "UTF-16", "UTF-16LE", "ISO-8859-1", "windows-1252"),
            Arbitraries.of(LineDelimiter.LF, LineDelimiter.CRLF),
            Arbitraries.of("yyyy-MM-dd", "dd/MM/yyyy", "yyyyMMdd"),
            Arbitraries.of(
                "yyyy-MM-dd HH:mm:ss",
                "dd/MM/yyyy HH:mm:ss",
                "yyyyMMddHHmmss",
                "yyyy-MM-dd'T'HH:mm:ss"))
        .as(Layout::new);
  }

  private static Arbitrary<List<Line>> mixedLines(Layout layout) {
    Arbitrary<Line> good = row(layout).map(r -> new Line(null, null, r));
    Arbitrary<Line> tooFew =
        Arbitraries.integers()
            .between(1, 6)
            .map(
                n ->
                    new Line(
                        List.of("K", "a", "1", "2", "", "", "").subList(0, n),
                        RejectReason.WRONG_FIELD_COUNT));
    Arbitrary<Line> tooMany =
        Arbitraries.just(
            new Line(List.of("K", "a", "1", "2", "", "", "", "x"), RejectReason.WRONG_FIELD_COUNT));
    Arbitrary<Line> badInteger =
        Arbitraries.strings()
            .withChars('x', '.', ' ', '1', '-', 'e')
            .ofMinLength(1)
            .ofMaxLength(6)
            .filter(s -> !s.matches("[-+]?[0-9]+"))
            .map(
                s ->
                    new Line(
                        List.of("K", "a", s, "1", "", "", ""), RejectReason.INVALID_DATA_FORMAT));
    Arbitrary<Line> badDate =
        Arbitraries.of("2023-02-29", "31.12.2026", "x", "2026-13-01", "1/1/2026")
            .map(
                s ->
                    new Line(
                        List.of("K", "a", "1", "1", s, "", ""), RejectReason.INVALID_DATA_FORMAT));
    Arbitrary<Line> badTimestamp =
        Arbitraries.of("2026-02-30 10:00:00", "24:00", "2026-01-01", "noon")
            .map(
                s ->
                    new Line(
                        List.of("K", "a", "1", "1", "", s, ""), RejectReason.INVALID_DATA_FORMAT));
    Arbitrary<Line> badBoolean =
        Arbitraries.of("maybe", "2", "yess", "-1")
            .map(
                s ->
                    new Line(
                        List.of("K", "a", "1", "1", "", "", s), RejectReason.INVALID_DATA_FORMAT));
    Arbitrary<Line> tooLong =
        Arbitraries.strings()
            .alpha()
            .ofMinLength(41)
            .ofMaxLength(60)
            .map(
                s ->
                    new Line(
                        List.of("K", s, "1", "1", "", "", ""), RejectReason.INVALID_DATA_FORMAT));
    Arbitrary<Line> noKey =
        Arbitraries.just(
            new Line(List.of("", "a", "1", "1", "", "", ""), RejectReason.MATCH_FIELD_EMPTY));
    return Arbitraries.frequencyOf(
            Tuple.of(4, good),
            Tuple.of(1, tooFew),
            Tuple.of(1, tooMany),
            Tuple.of(1, badInteger),
            Tuple.of(1, badDate),
            Tuple.of(1, badTimestamp),
            Tuple.of(1, badBoolean),
            Tuple.of(1, tooLong),
            Tuple.of(1, noKey))
        .list()
        .ofMinSize(1)
        .ofMaxSize(40)
        .map(
            lines -> {
              List<Line> keyed = new ArrayList<>();
              for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                keyed.add(
                    line.row() == null
                        ? line
                        : new Line(
                            fields(keyed(line.row(), "G" + i), layout),
                            null,
                            keyed(line.row(), "G" + i)));
              }
              return keyed;
            });
  }

  private static Format format(Layout layout) {
    return new Format(
        String.valueOf(layout.delimiter()),
        layout.qualified() ? String.valueOf(layout.qualifier()) : "",
        true,
        layout.charset(),
        null,
        layout.datePattern(),
        layout.timestampPattern(),
        null);
  }

  private static final List<String> HEADER = List.of("k", "txt", "n", "d", "dt", "ts", "b");

  /** The file: quoted where needed by FastCSV's writer, or with no qualifier joined as is. */
  private static byte[] write(Layout layout, List<List<String>> lines, boolean unterminated)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Writer out = new OutputStreamWriter(bytes, Charset.forName(layout.charset()));
    String delimiter = String.valueOf(layout.delimiter());
    if (layout.qualified()) {
      CsvWriter csv =
          CsvWriter.builder()
              .fieldSeparator(layout.delimiter())
              .quoteCharacter(layout.qualifier())
              .lineDelimiter(layout.lineEnd())
              .build(out);
      csv.writeRecord(HEADER);
      for (List<String> line : lines) {
        csv.writeRecord(line);
      }
      csv.flush();
    } else {
      String end = layout.lineEnd() == LineDelimiter.CRLF ? "\r\n" : "\n";
      out.write(String.join(delimiter, HEADER) + end);
      for (List<String> line : lines) {
        out.write(String.join(delimiter, line) + end);
      }
    }
    if (unterminated) {
      out.write("LAST" + delimiter + layout.qualifier() + "never closed" + delimiter + "1");
    }
    out.close();
    return bytes.toByteArray();
  }

  private static List<ParseOutcome> readAndParse(byte[] file, Format format) throws IOException {
    List<RecordParser.Binding> bindings = new ArrayList<>();
    for (int i = 0; i < FIELDS.size(); i++) {
      bindings.add(new RecordParser.Binding(i, FIELDS.get(i)));
    }
    RecordParser parser =
        new RecordParser(
            FIELDS.size(),
            true,
            bindings,
            List.of("K"),
            ValueFormats.of(format),
            java.util.Map.of(),
            List.of());
    List<ParseOutcome> outcomes = new ArrayList<>();
    try (RecordReader reader = new RecordReader(new ByteArrayInputStream(file), "f", format)) {
      reader.next();
      while (reader.hasNext()) {
        outcomes.add(parser.parse(reader.next()));
      }
    }
    return outcomes;
  }

  private static ImportJob job(Format format) {
    return new ImportJob(
        1L,
        "props",
        null,
        "PROPS",
        JobStatus.ACTIVE,
        new Source(SourceType.LOCAL, "f.csv", null, false, false),
        format,
        FIELDS.stream().map(f -> new ColumnMapping(f.name(), f.name())).toList(),
        List.of("K"),
        MergeRule.upsert(),
        true,
        Instant.EPOCH,
        Instant.EPOCH);
  }
}
