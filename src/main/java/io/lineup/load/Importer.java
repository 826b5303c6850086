package io.lineup.load;

import io.lineup.LineupProperties;
import io.lineup.common.Identifier;
import io.lineup.db.Dialect;
import io.lineup.job.ColumnMapping;
import io.lineup.job.ImportJob;
import io.lineup.job.TableMode;
import io.lineup.source.FileNames;
import io.lineup.source.FileStore;
import io.lineup.source.FileStores;
import io.lineup.table.Field;
import io.lineup.table.TableDefinition;
import io.lineup.table.TableKind;
import io.lineup.table.TableRepository;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one import: streams the file, rejects what does not fit with a reason, and merges the rest
 * chunk by chunk. The whole import is one transaction: a failed or cancelled run changes nothing,
 * and running the same file again gives the same table.
 */
@Component
public class Importer {

  private final TableRepository tables;
  private static final Logger log = LoggerFactory.getLogger(Importer.class);

  /**
   * Records between two progress updates at most; they also come every 1 % of the file. A few a
   * second on a large file, not one per chunk.
   */
  private static final int PROGRESS_EVERY = 20_000;

  private final FileStores stores;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final RejectStore rejects;
  private final Clock clock;
  private final Dialect dialect;
  private final int chunkSize;

  Importer(
      TableRepository tables,
      FileStores stores,
      JdbcTemplate jdbc,
      TransactionTemplate transaction,
      RejectStore rejects,
      Clock clock,
      Dialect dialect,
      LineupProperties properties) {
    this.tables = tables;
    this.stores = stores;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.rejects = rejects;
    this.clock = clock;
    this.dialect = dialect;
    this.chunkSize = properties.importChunkSize();
  }

  public ImportResult run(
      ImportJob job, long jobRunId, BooleanSupplier cancelled, ImportProgress progress) {
    Instant start = clock.instant();
    String zone = job.source().zone();
    String name = FileNames.resolve(job.source().path(), zone, start);
    String countName =
        job.format().countFile() == null
            ? null
            : FileNames.resolve(job.format().countFile(), zone, start);
    TableDefinition table = table(job.table());
    TableDefinition profileList =
        table.kind() == TableKind.PROFILE_EXTENSION ? table(table.profileList()) : null;
    try (FileStore store = stores.open(job.source())) {
      if (!store.exists(name)) {
        throw new ImportFailedException("File " + name + " was not found in " + store.where());
      }
      Long expected = countName == null ? null : expectedCount(store, countName);
      ImportResult result =
          importFile(job, jobRunId, store, name, expected, table, profileList, cancelled, progress);
      afterSuccess(job, store, name, countName, start);
      return result;
    }
  }

  private ImportResult importFile(
      ImportJob job,
      long jobRunId,
      FileStore store,
      String name,
      Long expected,
      TableDefinition table,
      TableDefinition profileList,
      BooleanSupplier cancelled,
      ImportProgress progress) {
    try {
      long size = store.size(name);
      try (RecordReader reader = new RecordReader(store.open(name), name, job.format())) {
        return transaction.execute(
            tx -> {
              Columns columns = Columns.read(reader, job, name);
              if (dialect == Dialect.POSTGRESQL) {
                // one import writes a table at a time, until it commits; readers read on
                jdbc.execute(
                    "LOCK TABLE "
                        + Identifier.quote(table.name())
                        + " IN SHARE ROW EXCLUSIVE MODE");
              }
              if (replacing(job, table)) {
                jdbc.update("DELETE FROM " + Identifier.quote(table.name()));
              }
              if (job.format().header()) {
                rejects.header(jobRunId, job.format(), columns.header());
              }
              List<RecordParser.Binding> bindings = bindings(job, columns, table, profileList);
              MergePlan plan =
                  MergerFactory.plan(
                      job,
                      table,
                      profileList,
                      bindings.stream().map(RecordParser.Binding::field).toList(),
                      LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
              RecordParser parser = parser(job, table, columns, bindings);
              ImportResult result;
              try (StagedMerge staged =
                  dialect == Dialect.POSTGRESQL
                      ? new StagedMerge(
                          jdbc,
                          plan,
                          jobRunId,
                          job.format(),
                          SeenKeys.forFile(size, job.format()),
                          replacing(job, table))
                      : null) {
                Loader loader =
                    staged != null
                        ? staged
                        : new ChunkedLoader(
                            MergerFactory.chunked(jdbc, plan), rejects, jobRunId, job.format());
                result =
                    importAll(job, jobRunId, reader, parser, loader, cancelled, progress, size);
              }
              if (expected != null) {
                CountFile.agree(expected, result.processed(), job.format().countFile(), name);
              }
              return result;
            });
      }
    } catch (AccessDeniedException e) {
      throw new ImportFailedException("File " + name + " cannot be read: permission denied", e);
    } catch (IOException e) {
      throw RecordReader.unreadable(name, e);
    }
  }

  /**
   * Archives or deletes the files of a successful run. The import has committed by now, so a
   * failure here is logged, not turned into a failed run: importing the same file again gives the
   * same table.
   */
  private void afterSuccess(
      ImportJob job, FileStore store, String name, String countName, Instant start) {
    if (!job.source().archive() && !job.source().deleteOnSuccess()) {
      return;
    }
    String stamp = FileNames.STAMP.format(start);
    for (String file : countName == null ? List.of(name) : List.of(name, countName)) {
      try {
        if (job.source().archive()) {
          store.archive(file, stamp);
        } else {
          store.delete(file);
        }
      } catch (IOException | RuntimeException e) {
        log.warn("Job {}: could not archive or delete {} in {}", job.id(), file, store.where(), e);
      }
    }
  }

  private static boolean replacing(ImportJob job, TableDefinition table) {
    return table.kind() == TableKind.SUPPLEMENTAL
        && job.mergeRule().tableMode() == TableMode.REPLACE;
  }

  private static Long expectedCount(FileStore store, String name) {
    if (!store.exists(name)) {
      throw new ImportFailedException("Count file " + name + " was not found in " + store.where());
    }
    try {
      return CountFile.read(store.open(name), name);
    } catch (IOException e) {
      throw new ImportFailedException(
          "Count file " + name + " cannot be read: " + e.getMessage(), e);
    }
  }

  private static RecordParser parser(
      ImportJob job, TableDefinition table, Columns columns, List<RecordParser.Binding> bindings) {
    boolean profiles = table.kind() == TableKind.PROFILE_LIST;
    return new RecordParser(
        columns.count(),
        job.format().header(),
        bindings,
        job.match(),
        ValueFormats.of(job.format()),
        profiles ? ProfileRules.rawValues(job.mergeRule()) : Map.of(),
        profiles ? ProfileRules.checks(job.mergeRule()) : List.of());
  }

  private ImportResult importAll(
      ImportJob job,
      long jobRunId,
      RecordReader reader,
      RecordParser parser,
      Loader loader,
      BooleanSupplier cancelled,
      ImportProgress progress,
      long size) {
    ImportResult result = ImportResult.EMPTY;
    // rejects wait until the loader frees the connection: a chunk's worth at most
    List<RejectedRecord> pending = new ArrayList<>();
    long reportedRecords = 0;
    long reportedBytes = 0;
    int read = 0;
    int rejected = 0;
    while (reader.hasNext()) {
      ParseOutcome outcome = parser.parse(reader.next());
      read++;
      if (outcome instanceof ParsedRecord parsed) {
        loader.add(parsed);
      } else {
        pending.add((RejectedRecord) outcome);
        rejected++;
      }
      if (read == chunkSize) {
        boolean release = pending.size() >= chunkSize;
        result = result.plus(loader.flush(release), read, rejected);
        if (release) {
          rejects.add(jobRunId, job.format(), pending);
          pending.clear();
        }
        read = 0;
        rejected = 0;
        if (cancelled.getAsBoolean()) {
          throw new ImportCancelledException();
        }
        long bytes = reader.bytesRead();
        if (bytes - reportedBytes >= size / 100
            || result.processed() - reportedRecords >= PROGRESS_EVERY) {
          progress.update(result, bytes, size);
          reportedRecords = result.processed();
          reportedBytes = bytes;
        }
      }
    }
    result = result.plus(loader.flush(true), read, rejected);
    rejects.add(jobRunId, job.format(), pending);
    result = result.plus(loader.finish(), 0, 0);
    if (cancelled.getAsBoolean()) {
      throw new ImportCancelledException();
    }
    progress.update(result, reader.bytesRead(), size);
    return result;
  }

  private static List<RecordParser.Binding> bindings(
      ImportJob job, Columns columns, TableDefinition table, TableDefinition profileList) {
    List<RecordParser.Binding> bindings = new ArrayList<>();
    for (ColumnMapping mapping : job.mapping()) {
      Field field =
          table
              .field(mapping.field())
              .or(() -> profileList == null ? Optional.empty() : profileList.field(mapping.field()))
              .orElseThrow(
                  () ->
                      new ImportFailedException(
                          "Field " + mapping.field() + " is not in table " + table.name()));
      bindings.add(new RecordParser.Binding(columns.index(mapping.column()), field));
    }
    return bindings;
  }

  private TableDefinition table(String name) {
    return tables
        .find(name)
        .orElseThrow(() -> new ImportFailedException("Table " + name + " does not exist"));
  }

  /** The file's columns: named by its header, or numbered 1, 2, ... when it has none. */
  private record Columns(List<String> header, Map<String, Integer> index, int count) {

    static Columns read(RecordReader reader, ImportJob job, String name) {
      if (!job.format().header()) {
        int count = 0;
        for (ColumnMapping m : job.mapping()) {
          count = Math.max(count, Integer.parseInt(m.column()));
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 1; i <= count; i++) {
          index.put(Integer.toString(i), i - 1);
        }
        return new Columns(List.of(), index, count);
      }
      if (!reader.hasNext()) {
        throw new ImportFailedException("File " + name + " is empty: it has no header row");
      }
      List<String> header = reader.next().fields();
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        if (index.putIfAbsent(header.get(i), i) != null) {
          throw new ImportFailedException(
              "Wrong header in " + name + ": column '" + header.get(i) + "' appears twice");
        }
      }
      for (ColumnMapping m : job.mapping()) {
        if (!index.containsKey(m.column())) {
          throw new ImportFailedException(
              "Wrong header in "
                  + name
                  + ": column '"
                  + m.column()
                  + "' is missing (the header has "
                  + String.join(", ", header)
                  + ")");
        }
      }
      return new Columns(header, index, header.size());
    }

    int index(String column) {
      return index.get(column);
    }
  }
}
