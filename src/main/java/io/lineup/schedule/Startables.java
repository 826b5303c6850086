package io.lineup.schedule;

import io.lineup.campaign.CampaignService;
import io.lineup.group.GroupRepository;
import io.lineup.group.GroupStatus;
import io.lineup.group.ScheduleType;
import io.lineup.job.ImportJob;
import io.lineup.job.JobRepository;
import io.lineup.job.JobStatus;
import io.lineup.run.RunService;
import io.lineup.run.Trigger;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Finds what a start execution is for. Empty when it does not run on schedule now: inactive, no
 * schedule, set to run on demand, expired or deleted.
 */
@Component
class Startables {

  static final String GROUP_START = "group-start";
  static final String JOB_START = "job-start";
  static final String CAMPAIGN_START = "campaign-start";

  private static final Logger log = LoggerFactory.getLogger(Startables.class);

  private final GroupRepository groups;
  private final JobRepository jobs;
  private final RunService runs;
  private final SkippedStarts skipped;
  private final CampaignService campaigns;
  private final Clock clock;

  Startables(
      GroupRepository groups,
      JobRepository jobs,
      RunService runs,
      SkippedStarts skipped,
      CampaignService campaigns,
      Clock clock) {
    this.groups = groups;
    this.jobs = jobs;
    this.runs = runs;
    this.skipped = skipped;
    this.campaigns = campaigns;
    this.clock = clock;
  }

  Optional<Startable> find(String task, long id) {
    return switch (task) {
      case GROUP_START -> group(id);
      case CAMPAIGN_START -> campaign(id);
      default -> job(id);
    };
  }

  /**
   * A campaign with an automatic launch: it launches on its own schedule, whatever any group that
   * chose it does.
   */
  Optional<Startable> campaign(long id) {
    return campaigns
        .find(id)
        .filter(c -> c.automaticLaunch().isSet())
        .map(
            c ->
                new Startable() {
                  @Override
                  public StartRule rule() {
                    return StartRules.of(c.automaticLaunch().schedule());
                  }

                  @Override
                  public void start() {
                    campaigns.launch(id, Trigger.SCHEDULE);
                  }

                  @Override
                  public void recordSkipped(Instant due, Instant at, String reason) {
                    log.warn(
                        "Automatic launch of campaign {} due at {} did not run: {}",
                        id,
                        due,
                        reason);
                  }
                });
  }

  Optional<Startable> group(long id) {
    return groups
        .find(id)
        .filter(g -> g.status() == GroupStatus.ACTIVE)
        .filter(g -> g.schedule().type() != ScheduleType.NONE)
        .map(
            g ->
                new Startable() {
                  @Override
                  public StartRule rule() {
                    return StartRules.of(g.schedule());
                  }

                  @Override
                  public void start() {
                    runs.startGroup(id, Trigger.SCHEDULE);
                  }

                  @Override
                  public void recordSkipped(Instant due, Instant at, String reason) {
                    skipped.recordGroup(g, due, at, reason);
                  }
                });
  }

  Optional<Startable> job(long id) {
    return jobs.find(id).filter(this::onItsOwnSchedule).map(j -> jobStartable(j));
  }

  /** An active job, not on demand, with a schedule, that has not expired. */
  boolean onItsOwnSchedule(ImportJob j) {
    return j.status() == JobStatus.ACTIVE
        && !j.onDemand()
        && j.schedule().type() != ScheduleType.NONE
        && (j.expiresAt() == null || clock.instant().isBefore(j.expiresAt()));
  }

  static StartRule jobRule(ImportJob j) {
    StartRule rule = StartRules.of(j.schedule());
    return j.expiresAt() == null ? rule : new ExpiringRule(rule, j.expiresAt());
  }

  private Startable jobStartable(ImportJob j) {
    return new Startable() {
      @Override
      public StartRule rule() {
        return jobRule(j);
      }

      @Override
      public void start() {
        runs.startJob(j.id(), Trigger.SCHEDULE);
      }

      @Override
      public void recordSkipped(Instant due, Instant at, String reason) {
        skipped.recordJob(j, due, at, reason);
      }
    };
  }
}
