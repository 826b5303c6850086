package io.lineup.notify;

import io.lineup.campaign.LaunchRepository;
import io.lineup.campaign.RunPostProcessed;
import io.lineup.group.Group;
import io.lineup.group.GroupRepository;
import io.lineup.group.GroupRun;
import io.lineup.group.GroupRunRepository;
import io.lineup.group.GroupRunStep;
import io.lineup.job.JobRun;
import io.lineup.job.JobRunRepository;
import io.lineup.mail.MailMessage;
import io.lineup.mail.MailSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Emails the outcome of a group run, once it and its post-processing have ended: the success list
 * on success, the failure list otherwise; one mail per address, through the outbox, in the
 * transaction that ended the run (or its last campaign launch).
 */
@Component
class RunNotifier {

  private final GroupRunRepository groupRuns;
  private final GroupRepository groups;
  private final JobRunRepository jobRuns;
  private final LaunchRepository launches;
  private final Outbox outbox;
  private final MailSettings settings;
  private final String baseUrl;

  RunNotifier(
      GroupRunRepository groupRuns,
      GroupRepository groups,
      JobRunRepository jobRuns,
      LaunchRepository launches,
      Outbox outbox,
      MailSettings settings,
      @Value("${lineup.base-url:http://localhost:8080}") String baseUrl) {
    this.groupRuns = groupRuns;
    this.groups = groups;
    this.jobRuns = jobRuns;
    this.launches = launches;
    this.outbox = outbox;
    this.settings = settings;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  @EventListener
  void on(RunPostProcessed event) {
    GroupRun run = groupRuns.find(event.groupRunId()).orElse(null);
    Group group = run == null ? null : groups.find(run.groupId()).orElse(null);
    if (group == null) {
      return;
    }
    RunReport report =
        new RunReport(
            run, jobRuns(run), launches.findByGroupRun(run.id()), baseUrl + "/runs/" + run.id());
    List<String> to =
        report.succeeded() ? group.notifications().onSuccess() : group.notifications().onFailure();
    Map<String, String> distinct = new LinkedHashMap<>();
    to.forEach(a -> distinct.putIfAbsent(a.strip().toLowerCase(Locale.ROOT), a.strip()));
    String text = report.text();
    String html = report.html();
    for (String address : distinct.values()) {
      outbox.add(new MailMessage(settings.from(), address, report.subject(), text, html), run.id());
    }
  }

  private Map<Long, JobRun> jobRuns(GroupRun run) {
    Map<Long, JobRun> map = new LinkedHashMap<>();
    run.steps().stream()
        .map(GroupRunStep::jobRunId)
        .filter(Objects::nonNull)
        .forEach(id -> jobRuns.find(id).ifPresent(r -> map.put(id, r)));
    return map;
  }
}
