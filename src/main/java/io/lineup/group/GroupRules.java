package io.lineup.group;

import io.lineup.common.Errors;
import io.lineup.common.FieldError;
import io.lineup.job.ImportJob;
import io.lineup.schedule.ScheduleRules;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The rules of a group. Saving refuses what can never be right (a job twice, a job of another
 * group, an address that is not one); activating also needs the group to be complete.
 */
final class GroupRules {

  static final int MAX_NAME = 100;
  static final int MAX_DESCRIPTION = 1000;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private GroupRules() {}

  /**
   * @param jobs the jobs the request names, by id (missing ones absent)
   * @param groupOfJob the name of the other group a job belongs to, if any
   * @param now a one-time schedule must start after the slot running now
   */
  static void checkSave(
      GroupRequest r,
      Map<Long, ImportJob> jobs,
      Function<Long, Optional<String>> groupOfJob,
      Instant now,
      Errors errors) {
    checkSave(r, jobs, groupOfJob, id -> Optional.empty(), now, errors);
  }

  /**
   * @param campaigns looks a campaign up by id
   */
  static void checkSave(
      GroupRequest r,
      Map<Long, ImportJob> jobs,
      Function<Long, Optional<String>> groupOfJob,
      Function<Long, Optional<CampaignLookup.CampaignRef>> campaigns,
      Instant now,
      Errors errors) {
    errors.name("name", r.name(), MAX_NAME);
    errors.text("description", r.description(), MAX_DESCRIPTION);
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < r.jobIds().size(); i++) {
      Long id = r.jobIds().get(i);
      String path = "jobIds[" + i + "]";
      if (!errors.require(
          id != null && jobs.containsKey(id), path, "job " + id + " does not exist")) {
        continue;
      }
      ImportJob job = jobs.get(id);
      errors.require(seen.add(id), path, "job '" + job.name() + "' is in the list twice");
      errors.require(
          job.joinable(),
          path,
          "job '" + job.name() + "' cannot join: only active jobs set to run on demand may");
      groupOfJob
          .apply(id)
          .ifPresent(
              other ->
                  errors.add(
                      path, "job '" + job.name() + "' already belongs to group '" + other + "'"));
    }
    checkAddresses("notifications.onSuccess", r.notifications().onSuccess(), errors);
    checkAddresses("notifications.onFailure", r.notifications().onFailure(), errors);
    List<Long> campaignIds = r.postProcessing().campaignIds();
    Set<Long> seenCampaigns = new HashSet<>();
    for (int i = 0; i < campaignIds.size(); i++) {
      Long id = campaignIds.get(i);
      String path = "postProcessing.campaignIds[" + i + "]";
      if (errors.require(
          id != null && campaigns.apply(id).isPresent(),
          path,
          "campaign " + id + " does not exist")) {
        errors.require(seenCampaigns.add(id), path, "campaign " + id + " is in the list twice");
      }
    }
    ScheduleRules.check(r.schedule(), "schedule", now, errors);
  }

  /** What stops the group from being activated or run; empty when it is ready. */
  static List<FieldError> activationErrors(Group group, Map<Long, ImportJob> jobs) {
    Errors errors = new Errors();
    errors.require(!group.jobIds().isEmpty(), "jobIds", "add at least one job to the group");
    for (int i = 0; i < group.jobIds().size(); i++) {
      ImportJob job = jobs.get(group.jobIds().get(i));
      String path = "jobIds[" + i + "]";
      if (errors.require(job != null, path, "job " + group.jobIds().get(i) + " no longer exists")) {
        errors.require(
            job.joinable(),
            path,
            "job '"
                + job.name()
                + "' is "
                + job.status()
                + (job.onDemand() ? "" : " and scheduled on its own")
                + ": only active jobs set to run on demand can run in a group");
      }
    }
    errors.require(
        !group.postProcessing().launchCampaigns()
            || !group.postProcessing().campaignIds().isEmpty(),
        "postProcessing.campaignIds",
        "select the campaigns to launch, or clear \"Launch campaigns\"");
    return errors.list();
  }

  /** Not errors, but worth saying: chosen campaigns that also launch on their own schedule. */
  static List<String> warnings(
      Group group, Function<Long, Optional<CampaignLookup.CampaignRef>> campaigns) {
    if (!group.postProcessing().launchCampaigns()) {
      return List.of();
    }
    return group.postProcessing().campaignIds().stream()
        .map(campaigns)
        .flatMap(Optional::stream)
        .filter(CampaignLookup.CampaignRef::automaticLaunch)
        .map(
            c ->
                "campaign '"
                    + c.name()
                    + "' has an automatic launch: it also launches on its own schedule,"
                    + " whatever this group does")
        .toList();
  }

  private static void checkAddresses(String path, List<String> addresses, Errors errors) {
    for (int i = 0; i < addresses.size(); i++) {
      String address = addresses.get(i);
      errors.require(
          address != null && EMAIL.matcher(address).matches(),
          path + "[" + i + "]",
          "'" + address + "' is not an email address");
    }
  }
}
