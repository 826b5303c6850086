package io.lineup.web.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineup.group.Group;
import io.lineup.group.GroupStatus;
import io.lineup.group.Notifications;
import io.lineup.group.PostProcessing;
import io.lineup.group.Schedule;
import io.lineup.group.ScheduleType;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ChartsTest {

  @Test
  void scheduleLoadCountsStartsPerMinuteOfActiveScheduledGroupsOnly() {
    List<Group> groups =
        List.of(
            daily(1, 7, GroupStatus.ACTIVE),
            daily(2, 7, GroupStatus.ACTIVE),
            daily(3, 52, GroupStatus.ACTIVE),
            daily(4, 30, GroupStatus.INACTIVE));
    BarChart chart = Charts.scheduleLoad(groups);

    assertThat(chart.bars()).hasSize(60);
    assertThat(chart.bars().get(7).value()).isEqualTo(2);
    assertThat(chart.bars().get(52).value()).isEqualTo(1);
    assertThat(chart.bars().get(30).value()).isZero();
    assertThat(chart.bars().stream().mapToDouble(BarChart.Bar::value).sum()).isEqualTo(3);
    assertThat(Charts.anySchedule(groups)).isTrue();
  }

  @Test
  void theSvgHasOneBarPerValueScaledToTheLargest() {
    String svg =
        new BarChart(
                "Records <per> run",
                "records",
                List.of(new BarChart.Bar("a", 10), new BarChart.Bar("b", 5)))
            .svg();
    assertThat(Pattern.compile("<rect class=\"bar\"").matcher(svg).results().count()).isEqualTo(2);
    assertThat(svg).contains("height=\"138.0\"", "height=\"69.0\"", "Records &lt;per&gt; run");
  }

  @Test
  void anEmptyChartIsStillAChart() {
    String svg = Charts.scheduleLoad(List.of()).svg();
    assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("height=\"0.0\"");
    assertThat(Charts.anySchedule(List.of())).isFalse();
  }

  private static Group daily(long id, int minute, GroupStatus status) {
    return new Group(
        id,
        "G" + id,
        null,
        status,
        List.of(),
        PostProcessing.none(),
        Notifications.none(),
        new Schedule(ScheduleType.DAILY, null, null, null, 6, minute / 15, minute, "UTC"),
        null,
        Instant.EPOCH,
        Instant.EPOCH);
  }
}
