package io.lineup.web.connect;

import io.lineup.group.Group;
import io.lineup.group.GroupRun;
import io.lineup.group.GroupRunRepository;
import io.lineup.group.GroupService;
import io.lineup.job.ImportJob;
import io.lineup.job.JobRun;
import io.lineup.job.JobRunRepository;
import io.lineup.job.JobService;
import io.lineup.table.TableService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows of the Connect page's three tabs. */
@Component
class ConnectRows {

  record JobRow(ImportJob job, String group, JobRun last) {}

  record GroupRow(Group group, GroupRun last) {}

  /** One line of run history: a group run, or a job run on its own. */
  record HistoryRow(
      String kind,
      String name,
      String link,
      String status,
      String trigger,
      Instant queuedAt,
      Instant finishedAt) {}

  private final JobService jobs;
  private final GroupService groups;
  private final JobRunRepository jobRuns;
  private final GroupRunRepository groupRuns;
  private final TableService tables;
  private final JdbcClient jdbc;

  ConnectRows(
      JobService jobs,
      GroupService groups,
      JobRunRepository jobRuns,
      GroupRunRepository groupRuns,
      TableService tables,
      JdbcClient jdbc) {
    this.jobs = jobs;
    this.groups = groups;
    this.jobRuns = jobRuns;
    this.groupRuns = groupRuns;
    this.tables = tables;
    this.jdbc = jdbc;
  }

  List<JobRow> jobs() {
    Map<Long, String> groupOf = new HashMap<>();
    groups.list().forEach(g -> g.jobIds().forEach(id -> groupOf.put(id, g.name())));
    return jobs.list().stream()
        .map(
            j ->
                new JobRow(
                    j,
                    groupOf.get(j.id()),
                    jobRuns.findByJob(j.id(), 1).stream().findFirst().orElse(null)))
        .toList();
  }

  List<GroupRow> groups() {
    return groups.list().stream()
        .map(
            g ->
                new GroupRow(g, groupRuns.findByGroup(g.id(), 1).stream().findFirst().orElse(null)))
        .toList();
  }

  /** The latest 50 group runs and job runs started on their own, newest first. */
  List<HistoryRow> history() {
    List<HistoryRow> rows =
        new ArrayList<>(
            jdbc
                .sql("SELECT id FROM lineup_group_run ORDER BY id DESC LIMIT 50")
                .query(Long.class)
                .list()
                .stream()
                .map(id -> groupRuns.find(id).orElseThrow())
                .map(
                    r ->
                        new HistoryRow(
                            "Group",
                            r.groupName(),
                            "/runs/" + r.id(),
                            r.status().name(),
                            r.trigger().name(),
                            r.queuedAt(),
                            r.finishedAt()))
                .toList());
    jdbc
        .sql("SELECT id FROM lineup_job_run WHERE group_run_id IS NULL ORDER BY id DESC LIMIT 50")
        .query(Long.class)
        .list()
        .stream()
        .map(id -> jobRuns.find(id).orElseThrow())
        .map(
            r ->
                new HistoryRow(
                    "Import job",
                    r.jobName(),
                    "/job-runs/" + r.id(),
                    r.status().name(),
                    r.trigger().name(),
                    r.queuedAt(),
                    r.finishedAt()))
        .forEach(rows::add);
    rows.sort(Comparator.comparing(HistoryRow::queuedAt).reversed());
    return rows.size() > 50 ? rows.subList(0, 50) : rows;
  }

  boolean isEmptyInstance() {
    return tables.list().isEmpty() && jobs.list().isEmpty();
  }
}
