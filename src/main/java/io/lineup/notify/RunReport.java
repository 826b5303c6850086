package io.lineup.notify;

import io.lineup.campaign.Launch;
import io.lineup.group.GroupRun;
import io.lineup.group.GroupRunStep;
import io.lineup.job.JobRun;
import io.lineup.run.RunStatus;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a group run as an email: group, run id and link, status, each step with its
 * counts, the first error and the campaign launches; in plain text and in HTML.
 */
record RunReport(GroupRun run, Map<Long, JobRun> jobRuns, List<Launch> launches, String link) {

  boolean succeeded() {
    return run.status() == RunStatus.SUCCEEDED
        && launches.stream().allMatch(l -> l.status() == RunStatus.SUCCEEDED);
  }

  String status() {
    if (run.status() == RunStatus.SUCCEEDED && !succeeded()) {
      return "FAILED (a campaign launch failed)";
    }
    return run.status().name();
  }

  String subject() {
    return "[Lineup] " + run.groupName() + ": run " + run.id() + " " + status();
  }

  String firstError() {
    if (run.error() != null) {
      return run.error();
    }
    return launches.stream()
        .filter(l -> l.error() != null)
        .map(l -> "Campaign '" + l.campaignName() + "': " + l.error())
        .findFirst()
        .orElse(null);
  }

  String text() {
    StringBuilder t = new StringBuilder();
    t.append("Group: ").append(run.groupName()).append('\n');
    t.append("Run: ").append(run.id()).append(" (").append(link).append(")\n");
    t.append("Status: ").append(status()).append('\n');
    if (firstError() != null) {
      t.append("Error: ").append(firstError()).append('\n');
    }
    t.append("\nSteps:\n");
    for (GroupRunStep step : run.steps()) {
      t.append("  ").append(step.position() + 1).append(". ").append(step.jobName());
      t.append(": ").append(step.status()).append(counts(step)).append('\n');
    }
    if (!launches.isEmpty()) {
      t.append("\nCampaign launches:\n");
      for (Launch l : launches) {
        t.append("  ").append(l.campaignName()).append(": ").append(l.status());
        t.append(launchCounts(l)).append('\n');
      }
    }
    return t.toString();
  }

  String html() {
    StringBuilder h = new StringBuilder("<html><body>");
    h.append("<h2>")
        .append(esc(run.groupName()))
        .append(": ")
        .append(esc(status()))
        .append("</h2>");
    h.append("<p>Run <a href=\"").append(esc(link)).append("\">").append(run.id()).append("</a>");
    h.append("</p>");
    if (firstError() != null) {
      h.append("<p><strong>Error:</strong> ").append(esc(firstError())).append("</p>");
    }
    h.append("<table><tr><th>#</th><th>Job</th><th>Status</th><th>Counts</th></tr>");
    for (GroupRunStep step : run.steps()) {
      h.append("<tr><td>").append(step.position() + 1).append("</td><td>");
      h.append(esc(step.jobName())).append("</td><td>").append(step.status());
      h.append("</td><td>").append(esc(counts(step))).append("</td></tr>");
    }
    h.append("</table>");
    if (!launches.isEmpty()) {
      h.append("<h3>Campaign launches</h3><ul>");
      for (Launch l : launches) {
        h.append("<li>").append(esc(l.campaignName())).append(": ").append(l.status());
        h.append(esc(launchCounts(l))).append("</li>");
      }
      h.append("</ul>");
    }
    return h.append("</body></html>").toString();
  }

  private String counts(GroupRunStep step) {
    JobRun r = step.jobRunId() == null ? null : jobRuns.get(step.jobRunId());
    if (r == null) {
      return "";
    }
    return " (processed "
        + r.recordsProcessed()
        + ", added "
        + r.recordsAdded()
        + ", updated "
        + r.recordsUpdated()
        + ", rejected "
        + r.recordsRejected()
        + ")"
        + (r.error() == null ? "" : " - " + r.error());
  }

  private static String launchCounts(Launch l) {
    return " (targeted "
        + (l.targeted() == null ? 0 : l.targeted())
        + ", sent "
        + l.sent()
        + ", failed "
        + l.failed()
        + ")"
        + (l.error() == null ? "" : " - " + l.error());
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
