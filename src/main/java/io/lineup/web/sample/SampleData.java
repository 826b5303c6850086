package io.lineup.web.sample;

import io.lineup.group.Group;
import io.lineup.group.GroupRequest;
import io.lineup.group.GroupService;
import io.lineup.group.Notifications;
import io.lineup.group.PostProcessing;
import io.lineup.group.Schedule;
import io.lineup.job.ColumnMapping;
import io.lineup.job.Format;
import io.lineup.job.ImportJob;
import io.lineup.job.JobRequest;
import io.lineup.job.JobService;
import io.lineup.job.MergeRule;
import io.lineup.job.Source;
import io.lineup.job.SourceType;
import io.lineup.source.DropRoot;
import io.lineup.table.FieldType;
import io.lineup.table.TableKind;
import io.lineup.table.TableRequest;
import io.lineup.table.TableRequest.FieldRequest;
import io.lineup.table.TableService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Load sample data": a profile list and its PET, two files in the drop root, two active jobs and
 * an active group that runs them in order, so a newcomer can watch a run at once.
 */
@Component
class SampleData {

  static final String LIST = "SAMPLE_CONTACTS";
  static final String PET = "SAMPLE_CONTACTS_POINTS";
  static final String GROUP = "Sample: contacts, then points";

  private static final String CONTACTS =
      """
      email,first,city
      ann@example.com,Ann,Lisbon
      bob@example.com,Bob,Oslo
      cy@example.com,Cy,Lyon
      """;
  private static final String POINTS =
      """
      email,points
      ann@example.com,120
      bob@example.com,x
      zed@example.com,5
      """;

  private final TableService tables;
  private final JobService jobs;
  private final GroupService groups;
  private final DropRoot dropRoot;

  SampleData(TableService tables, JobService jobs, GroupService groups, DropRoot dropRoot) {
    this.tables = tables;
    this.jobs = jobs;
    this.groups = groups;
    this.dropRoot = dropRoot;
  }

  /** Creates everything and returns the active group. */
  @Transactional
  Group load() {
    write("sample/contacts.csv", CONTACTS);
    write("sample/points.csv", POINTS);
    tables.create(
        new TableRequest(
            LIST,
            TableKind.PROFILE_LIST,
            null,
            null,
            List.of(
                new FieldRequest("FIRST_NAME", FieldType.TEXT, 50),
                new FieldRequest("CITY", FieldType.TEXT, 50))));
    tables.create(
        new TableRequest(
            PET,
            TableKind.PROFILE_EXTENSION,
            LIST,
            null,
            List.of(new FieldRequest("POINTS", FieldType.INTEGER, null))));
    ImportJob contacts =
        job(
            "Sample: load contacts",
            LIST,
            "sample/contacts.csv",
            List.of(
                new ColumnMapping("email", "EMAIL_ADDRESS_"),
                new ColumnMapping("first", "FIRST_NAME"),
                new ColumnMapping("city", "CITY")));
    ImportJob points =
        job(
            "Sample: load points",
            PET,
            "sample/points.csv",
            List.of(
                new ColumnMapping("email", "EMAIL_ADDRESS_"),
                new ColumnMapping("points", "POINTS")));
    Group group =
        groups.create(
            new GroupRequest(
                GROUP,
                "The profile list first, then its extension table",
                List.of(contacts.id(), points.id()),
                PostProcessing.none(),
                Notifications.none(),
                Schedule.none()));
    return groups.activate(group.id());
  }

  private ImportJob job(String name, String table, String path, List<ColumnMapping> mapping) {
    ImportJob job =
        jobs.create(
            new JobRequest(
                name,
                "Sample data",
                table,
                new Source(SourceType.LOCAL, path, null, false, false),
                Format.csv(),
                mapping,
                List.of("EMAIL_ADDRESS_"),
                MergeRule.upsert(),
                true));
    return jobs.activate(job.id());
  }

  private void write(String relative, String content) {
    Path file = dropRoot.resolve(relative);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
