package io.lineup.campaign;

import io.lineup.common.ConflictException;
import io.lineup.common.Errors;
import io.lineup.common.NotFoundException;
import io.lineup.group.GroupRepository;
import io.lineup.run.Trigger;
import io.lineup.schedule.MinutePicker;
import io.lineup.schedule.ScheduleRules;
import io.lineup.table.TableRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class CampaignService {

  private final CampaignRepository campaigns;
  private final LaunchRepository launches;
  private final TableRepository tables;
  private final LaunchDispatcher dispatcher;
  private final GroupRepository groups;
  private final MinutePicker minutes;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CampaignService(
      CampaignRepository campaigns,
      LaunchRepository launches,
      TableRepository tables,
      LaunchDispatcher dispatcher,
      GroupRepository groups,
      MinutePicker minutes,
      ApplicationEventPublisher events,
      Clock clock) {
    this.campaigns = campaigns;
    this.launches = launches;
    this.tables = tables;
    this.dispatcher = dispatcher;
    this.groups = groups;
    this.minutes = minutes;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public Campaign create(CampaignRequest request) {
    check(request, null);
    long id = campaigns.insert(withMinute(request, null), clock.instant());
    events.publishEvent(new CampaignChanged(id));
    return get(id);
  }

  @Transactional
  public Campaign update(long id, CampaignRequest request) {
    Campaign current = get(id);
    check(request, id);
    campaigns.update(id, withMinute(request, current.automaticLaunch()), clock.instant());
    events.publishEvent(new CampaignChanged(id));
    return get(id);
  }

  /** The request with the minute of its automatic launch picked (or kept, if the slot is). */
  private CampaignRequest withMinute(CampaignRequest r, AutomaticLaunch previous) {
    AutomaticLaunch launch =
        AutomaticLaunch.of(
            minutes.withMinute(
                r.automaticLaunch().schedule(), previous == null ? null : previous.schedule()));
    return new CampaignRequest(
        r.name(), r.profileList(), r.from(), r.subject(), r.textBody(), r.htmlBody(), launch);
  }

  /** Deletes the campaign; refused while a group launches it. Its launches stay as history. */
  @Transactional
  public void delete(long id) {
    Campaign campaign = get(id);
    List<String> users =
        groups.findAll().stream()
            .filter(g -> g.postProcessing().campaignIds().contains(id))
            .map(g -> "'" + g.name() + "'")
            .toList();
    if (!users.isEmpty()) {
      throw new ConflictException(
          "Campaign '" + campaign.name() + "' is chosen by group " + String.join(", ", users));
    }
    campaigns.delete(id);
    events.publishEvent(new CampaignChanged(id));
  }

  public Campaign get(long id) {
    return campaigns.find(id).orElseThrow(() -> new NotFoundException("Campaign", id));
  }

  public Optional<Campaign> find(long id) {
    return campaigns.find(id);
  }

  public List<Campaign> list() {
    return campaigns.findAll();
  }

  /** Queues a launch; it runs on a db-scheduler thread of any node. */
  @Transactional
  public Launch launch(long id, Trigger trigger) {
    Campaign campaign = get(id);
    long launchId =
        launches.create(campaign.id(), campaign.name(), trigger, null, null, clock.instant());
    dispatcher.launch(launchId);
    return launches.find(launchId).orElseThrow();
  }

  public List<Launch> launches(long id, int limit) {
    get(id);
    return launches.findByCampaign(id, limit);
  }

  private void check(CampaignRequest request, Long id) {
    Errors errors = new Errors();
    CampaignRules.check(
        request,
        request.profileList() == null ? null : tables.find(request.profileList()).orElse(null),
        errors);
    ScheduleRules.check(
        request.automaticLaunch().schedule(), "automaticLaunch", clock.instant(), errors);
    if (request.name() != null && !request.name().isBlank()) {
      campaigns
          .idByName(request.name())
          .filter(other -> !other.equals(id))
          .ifPresent(
              other -> errors.add("name", "a campaign named '" + request.name() + "' exists"));
    }
    errors.throwIfAny();
  }
}
