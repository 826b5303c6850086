package io.lineup.support;

import io.lineup.group.GroupRequest;
import io.lineup.group.Notifications;
import io.lineup.group.PostProcessing;
import io.lineup.group.Schedule;
import io.lineup.job.ColumnMapping;
import io.lineup.job.Format;
import io.lineup.job.JobRequest;
import io.lineup.job.MergeRule;
import io.lineup.job.Source;
import io.lineup.job.SourceType;
import io.lineup.table.FieldType;
import io.lineup.table.TableKind;
import io.lineup.table.TableRequest;
import io.lineup.table.TableRequest.FieldRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builders for the requests tests send: {@code aProfileList(...)}, {@code aJob(...)}, ... */
public final class TestData {

  private TestData() {}

  public static TableRequest aProfileList(String name, FieldRequest... fields) {
    return new TableRequest(name, TableKind.PROFILE_LIST, null, null, List.of(fields));
  }

  public static TableRequest aPet(String name, String profileList, FieldRequest... fields) {
    return new TableRequest(name, TableKind.PROFILE_EXTENSION, profileList, null, List.of(fields));
  }

  public static TableRequest aSupplemental(
      String name, List<String> primaryKey, FieldRequest... fields) {
    return new TableRequest(name, TableKind.SUPPLEMENTAL, null, primaryKey, List.of(fields));
  }

  public static FieldRequest text(String name, int length) {
    return new FieldRequest(name, FieldType.TEXT, length);
  }

  public static FieldRequest field(String name, FieldType type) {
    return new FieldRequest(name, type, null);
  }

  public static JobBuilder aJob(String table, String path) {
    return new JobBuilder(table, path);
  }

  public static GroupRequest aGroup(String name, Long... jobIds) {
    return new GroupRequest(
        name,
        "A test group",
        Arrays.asList(jobIds),
        PostProcessing.none(),
        Notifications.none(),
        Schedule.none());
  }

  /** An import job request, with a CSV file, insert-or-replace and on demand by default. */
  public static final class JobBuilder {
    private final String table;
    private final String path;
    private String name = "Test job";
    private final List<ColumnMapping> mapping = new ArrayList<>();
    private List<String> match = List.of();
    private MergeRule rule = MergeRule.upsert();
    private Format format = Format.csv();
    private boolean onDemand = true;

    private JobBuilder(String table, String path) {
      this.table = table;
      this.path = path;
    }

    public JobBuilder named(String name) {
      this.name = name;
      return this;
    }

    public JobBuilder map(String column, String field) {
      mapping.add(new ColumnMapping(column, field));
      return this;
    }

    public JobBuilder match(String... fields) {
      this.match = List.of(fields);
      return this;
    }

    public JobBuilder rule(MergeRule rule) {
      this.rule = rule;
      return this;
    }

    public JobBuilder format(Format format) {
      this.format = format;
      return this;
    }

    public JobBuilder scheduledOnItsOwn() {
      this.onDemand = false;
      return this;
    }

    public JobRequest build() {
      return new JobRequest(
          name,
          "Built by a test",
          table,
          new Source(SourceType.LOCAL, path, null, false, false),
          format,
          mapping,
          match,
          rule,
          onDemand);
    }
  }
}
