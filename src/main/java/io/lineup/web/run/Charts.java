package io.lineup.web.run;

import io.lineup.group.Group;
import io.lineup.group.GroupRun;
import io.lineup.group.GroupStatus;
import io.lineup.group.ScheduleType;
import io.lineup.web.run.BarChart.Bar;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** The charts of the run pages, computed from runs and schedules. */
final class Charts {

  private static final DateTimeFormatter LABEL =
      DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);

  private Charts() {}

  /** Duration of each ended run, oldest first. */
  static BarChart durations(List<RunPage> runs) {
    return new BarChart(
        "Run duration",
        "s",
        ended(runs).stream()
            .map(
                r ->
                    new Bar(
                        LABEL.format(r.run().startedAt()),
                        Duration.between(r.run().startedAt(), r.run().finishedAt()).toMillis()
                            / 1000.0))
            .toList());
  }

  /** Records processed by each ended run, oldest first. */
  static BarChart records(List<RunPage> runs) {
    return new BarChart(
        "Records per run",
        "records",
        ended(runs).stream()
            .map(r -> new Bar(LABEL.format(r.run().startedAt()), r.recordsProcessed()))
            .toList());
  }

  /** Starts per minute of the hour across active schedules: how the picked minutes spread. */
  static BarChart scheduleLoad(List<Group> groups) {
    int[] starts = new int[60];
    groups.stream()
        .filter(g -> g.status() == GroupStatus.ACTIVE)
        .filter(g -> g.schedule().type() != ScheduleType.NONE && g.schedule().minute() != null)
        .forEach(g -> starts[g.schedule().minute()]++);
    return new BarChart(
        "Scheduled starts per minute of the hour",
        "starts",
        IntStream.range(0, 60).mapToObj(m -> new Bar(":" + pad(m), starts[m])).toList());
  }

  static boolean anySchedule(List<Group> groups) {
    return groups.stream()
        .anyMatch(
            g -> g.status() == GroupStatus.ACTIVE && g.schedule().type() != ScheduleType.NONE);
  }

  private static List<RunPage> ended(List<RunPage> runs) {
    List<RunPage> ended = new ArrayList<>();
    for (RunPage r : runs) {
      GroupRun run = r.run();
      if (run.startedAt() != null && run.finishedAt() != null) {
        ended.add(0, r);
      }
    }
    return ended;
  }

  private static String pad(int m) {
    return m < 10 ? "0" + m : String.valueOf(m);
  }
}
