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
  private static final List<Field> FIELDS = List.of(KEY, TXT, N, D, DT);
  private static final TableDefinition TABLE =
      new TableDefinition(
          "PROPS", TableKind.SUPPLEMENTAL, null, List.of("K"), FIELDS, Instant.EPOCH);

  private static JdbcTemplate jdbc;

  record Row(String key, String text, Long n, BigDecimal d, LocalDate dt) {}

  record Layout(char delimiter, String charset, LineDelimiter lineEnd, String datePattern) {}

  @BeforeContainer
  static void database() {
    jdbc =
        new JdbcTemplate(
            new DriverManagerDataSource("jdbc:h2:mem:props;DB_CLOSE_DELAY=-1", "sa", ""));
    jdbc.execute(
        "CREATE TABLE \"PROPS\" (\"K\" VARCHAR(12) PRIMARY KEY, \"TXT\" VARCHAR(40), \"N\" BIGINT,"
            + " \"D\" DECFLOAT, \"DT\" DATE)");
  }

  @AfterContainer
  static void dropDatabase() {
    jdbc.execute("DROP ALL OBJECTS");
  }

  @Property(tries = 60)
  void validRecordsAreStoredExactlyAsWritten(
      @ForAll("rows") List<Row> rows, @ForAll("layouts") Layout layout) throws IOException {
    jdbc.execute("TRUNCATE TABLE \"PROPS\"");
    List<List<String>> lines = new ArrayList<>();
    for (Row r : rows) {
      lines.add(
          List.of(
              r.key(),
              Objects.toString(r.text(), ""),
              Objects.toString(r.n(), ""),
              r.d() == null ? "" : r.d().toPlainString(),
              r.dt() == null ? "" : ValueFormats.strict(layout.datePattern()).format(r.dt())));
    }
    Format format = format(layout);

    List<ParseOutcome> outcomes = readAndParse(write(layout, lines), format);
    ImportJob job = job(format);
    Merger merger =
        MergerFactory.chunked(
            jdbc,
            MergerFactory.plan(job, TABLE, null, FIELDS, LocalDateTime.now(Clock.systemUTC())));
    List<ParsedRecord> parsed = outcomes.stream().map(ParsedRecord.class::cast).toList();
    ChunkResult merged = merger.merge(parsed);

    assertThat(merged.added()).isEqualTo(rows.size());
    List<Row> stored =
        jdbc.query(
            "SELECT * FROM \"PROPS\"",
            (rs, i) ->
                new Row(
                    rs.getString("K"),
                    rs.getString("TXT"),
                    rs.getObject("N", Long.class),
                    rs.getBigDecimal("D"),
                    rs.getObject("DT", LocalDate.class)));
    // H2's DECFLOAT keeps a NUMBER's value, not its written scale (1.50 reads back as 1.5)
    assertThat(stored)
        .usingRecursiveFieldByFieldElementComparator(
            RecursiveComparisonConfiguration.builder()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .build())
        .containsExactlyInAnyOrderElementsOf(rows);
  }

  @Property(tries = 100)
  void malformedLinesAreRejectedWithAReasonAndNeverStopTheReading(
      @ForAll("mixedLines") List<Line> lines, @ForAll("layouts") Layout layout) throws IOException {
    List<ParseOutcome> outcomes =
        readAndParse(write(layout, lines.stream().map(Line::fields).toList()), format(layout));

    assertThat(outcomes).hasSameSizeAs(lines);
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      ParseOutcome outcome = outcomes.get(i);
      if (line.expected() == null) {
        assertThat(outcome).isInstanceOf(ParsedRecord.class);
      } else {
        assertThat(outcome).isInstanceOf(RejectedRecord.class);
        assertThat(((RejectedRecord) outcome).rejection().reason()).isEqualTo(line.expected());
        assertThat(((RejectedRecord) outcome).source().fields()).isEqualTo(line.fields());
      }
    }
  }

  /** A line of the file and the reason it must be rejected for, or null for a good one. */
  record Line(List<String> fields, RejectReason expected) {}

  @Provide
  Arbitrary<List<Row>> rows() {
    Arbitrary<String> text =
        Arbitraries.oneOf(
            Arbitraries.strings()
                .withCharRange(' ', '~')
                .withChars(',', ';', '|', '\t', '"', '\r', '\n', 'é', 'ß', '€', '中', '\uFEFF')
                .ofMinLength(1)
                .ofMaxLength(40),
            Arbitraries.just(null));
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
    Arbitrary<LocalDate> dt =
        Arbitraries.oneOf(
            Arbitraries.longs()
                .between(
                    LocalDate.of(1000, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay),
            Arbitraries.just(null));
    return Combinators.combine(text, n, d, dt)
        .as((t, nn, dd, ddt) -> new Row(null, t, nn, dd, ddt))
        .list()
        .ofMinSize(1)
        .ofMaxSize(30)
        .map(
            list -> {
              List<Row> keyed = new ArrayList<>();
              for (int i = 0; i < list.size(); i++) {
                Row r = list.get(i);
                keyed.add(new Row("K" + i, r.text(), r.n(), r.d(), r.dt()));
              }
              return keyed;
            });
  }

  @Provide
  Arbitrary<Layout> layouts() {
    return Combinators.combine(
            Arbitraries.of(',', ';', '\t', '|'),
            Arbitraries.of("UTF-8", "UTF-16", "UTF-16LE"),
            Arbitraries.of(LineDelimiter.LF, LineDelimiter.CRLF),
            Arbitraries.of("yyyy-MM-dd", "dd/MM/yyyy", "yyyyMMdd"))
        .as(Layout::new);
  }

  @Provide
  Arbitrary<List<Line>> mixedLines() {
    Arbitrary<Line> good = Arbitraries.just(new Line(List.of("K", "ok", "1", "1.5", ""), null));
    Arbitrary<Line> tooFew =
        Arbitraries.integers()
            .between(1, 4)
            .map(
                n ->
                    new Line(
                        List.of("K", "a", "1", "2", "").subList(0, n),
                        RejectReason.WRONG_FIELD_COUNT));
    Arbitrary<Line> tooMany =
        Arbitraries.just(
            new Line(List.of("K", "a", "1", "2", "", "x"), RejectReason.WRONG_FIELD_COUNT));
    Arbitrary<Line> badInteger =
        Arbitraries.strings()
            .withChars('x', '.', ' ', '1', '-', 'e')
            .ofMinLength(1)
            .ofMaxLength(6)
            .filter(s -> !s.matches("[-+]?[0-9]+"))
            .map(s -> new Line(List.of("K", "a", s, "1", ""), RejectReason.INVALID_DATA_FORMAT));
    Arbitrary<Line> badDate =
        Arbitraries.of("2023-02-29", "31.12.2026", "x", "2026-13-01", "1/1/2026")
            .map(s -> new Line(List.of("K", "a", "1", "1", s), RejectReason.INVALID_DATA_FORMAT));
    Arbitrary<Line> tooLong =
        Arbitraries.strings()
            .alpha()
            .ofMinLength(41)
            .ofMaxLength(60)
            .map(s -> new Line(List.of("K", s, "1", "1", ""), RejectReason.INVALID_DATA_FORMAT));
    Arbitrary<Line> noKey =
        Arbitraries.just(new Line(List.of("", "a", "1", "1", ""), RejectReason.MATCH_FIELD_EMPTY));
    return Arbitraries.oneOf(good, tooFew, tooMany, badInteger, badDate, tooLong, noKey)
        .list()
        .ofMinSize(1)
        .ofMaxSize(40);
  }

  private static Format format(Layout layout) {
    return new Format(
        String.valueOf(layout.delimiter()),
        null,
        true,
        layout.charset(),
        null,
        layout.datePattern(),
        null,
        null);
  }

  private static byte[] write(Layout layout, List<List<String>> lines) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (CsvWriter csv =
        CsvWriter.builder()
            .fieldSeparator(layout.delimiter())
            .lineDelimiter(layout.lineEnd())
            .build(new OutputStreamWriter(bytes, Charset.forName(layout.charset())))) {
      csv.writeRecord("k", "txt", "n", "d", "dt");
      for (List<String> line : lines) {
        csv.writeRecord(line);
      }
    }
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
