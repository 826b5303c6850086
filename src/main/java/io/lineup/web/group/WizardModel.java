package io.lineup.web.group;

import io.lineup.campaign.CampaignService;
import io.lineup.common.FieldError;
import io.lineup.group.Group;
import io.lineup.group.GroupService;
import io.lineup.group.ScheduleType;
import io.lineup.job.ImportJob;
import io.lineup.job.JobService;
import io.lineup.web.FieldMessages;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the wizard page shows: the group, the jobs on offer, and the errors to fix where. */
@Component
class WizardModel {

  /** An activation error and the step that fixes it. */
  record StepError(int step, String field, String message) {}

  private final GroupService groups;
  private final JobService jobs;
  private final CampaignService campaigns;
  private final List<WizardStep> steps;
  private final Clock clock;

  WizardModel(
      GroupService groups,
      JobService jobs,
      CampaignService campaigns,
      List<WizardStep> steps,
      Clock clock) {
    this.groups = groups;
    this.jobs = jobs;
    this.campaigns = campaigns;
    this.steps = steps;
    this.clock = clock;
  }

  void fill(
      Model model,
      Group group,
      WizardStep step,
      FieldMessages errors,
      boolean showActivationErrors) {
    Map<Long, ImportJob> all =
        jobs.list().stream().collect(Collectors.toMap(ImportJob::id, Function.identity()));
    Set<Long> inOtherGroups = new HashSet<>();
    groups.list().stream()
        .filter(g -> g.id() != group.id())
        .forEach(g -> inOtherGroups.addAll(g.jobIds()));
    List<ImportJob> members = group.jobIds().stream().map(all::get).filter(j -> j != null).toList();
    List<ImportJob> eligible =
        all.values().stream()
            .filter(ImportJob::joinable)
            .filter(j -> !inOtherGroups.contains(j.id()) && !group.jobIds().contains(j.id()))
            .sorted(Comparator.comparing(ImportJob::name))
            .toList();
    List<StepError> activation = groups.errors(group).stream().map(this::stepError).toList();
    model.addAttribute("group", group);
    model.addAttribute("step", step.number());
    model.addAttribute("errors", errors);
    model.addAttribute("members", members);
    model.addAttribute("eligible", eligible);
    model.addAttribute("activationErrors", activation);
    model.addAttribute("showActivationErrors", showActivationErrors && !activation.isEmpty());
    model.addAttribute(
        "firstErrorStep", activation.isEmpty() ? step.number() : activation.get(0).step());
    model.addAttribute("scheduleTypes", ScheduleType.values());
    model.addAttribute("days", DayOfWeek.values());
    model.addAttribute("zones", zones());
    model.addAttribute("campaigns", campaigns.list());
    model.addAttribute("warnings", groups.warnings(group));
    String zone = group.schedule().zone() == null ? "UTC" : group.schedule().zone();
    model.addAttribute("today", clock.instant().atZone(zoneOrUtc(zone)).toLocalDate());
  }

  private StepError stepError(FieldError e) {
    int step =
        steps.stream()
            .filter(s -> e.field().startsWith(s.fieldPrefix()))
            .mapToInt(WizardStep::number)
            .findFirst()
            .orElse(1);
    return new StepError(step, e.field(), e.message());
  }

  private static ZoneId zoneOrUtc(String zone) {
    try {
      return ZoneId.of(zone);
    } catch (DateTimeException e) {
      return ZoneOffset.UTC;
    }
  }

  private static Set<String> zones() {
    return new TreeSet<>(ZoneId.getAvailableZoneIds());
  }
}
