package io.lineup.group;

import io.lineup.common.ConflictException;
import io.lineup.common.Errors;
import io.lineup.common.FieldError;
import io.lineup.common.NotActivatableException;
import io.lineup.common.NotFoundException;
import io.lineup.job.ImportJob;
import io.lineup.job.JobRepository;
import io.lineup.schedule.MinutePicker;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class GroupService {

  private final GroupRepository groups;
  private final JobRepository jobs;
  private final CampaignLookup campaigns;
  private final MinutePicker minutes;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  GroupService(
      GroupRepository groups,
      JobRepository jobs,
      CampaignLookup campaigns,
      MinutePicker minutes,
      ApplicationEventPublisher events,
      Clock clock) {
    this.groups = groups;
    this.jobs = jobs;
    this.campaigns = campaigns;
    this.minutes = minutes;
    this.events = events;
    this.clock = clock;
  }

  /** Saves a new group as a DRAFT: it need not be complete yet. */
  @Transactional
  public Group create(GroupRequest request) {
    checkSave(request, null);
    return get(groups.insert(withMinute(request, null), clock.instant()));
  }

  /** Saves changes; an ACTIVE group must stay complete, or the change is refused. */
  @Transactional
  public Group update(long id, GroupRequest request) {
    Group current = get(id);
    checkSave(request, id);
    groups.update(id, withMinute(request, current.schedule()), clock.instant());
    Group updated = get(id);
    if (current.status() == GroupStatus.ACTIVE) {
      List<FieldError> errors = errors(updated);
      if (!errors.isEmpty()) {
        throw new NotActivatableException(
            "Group '" + current.name() + "' is active: these changes would leave it incomplete",
            errors);
      }
    }
    events.publishEvent(new GroupChanged(id));
    return updated;
  }

  public Group get(long id) {
    return groups.find(id).orElseThrow(() -> new NotFoundException("Group", id));
  }

  public List<Group> list() {
    return groups.findAll();
  }

  /** Deletes the group; its jobs stay, free to join another group. */
  @Transactional
  public void delete(long id) {
    Group group = get(id);
    if (group.runningRunId() != null) {
      throw new ConflictException("Group '" + group.name() + "' is running: cancel the run first");
    }
    groups.delete(id);
    events.publishEvent(new GroupChanged(id));
  }

  @Transactional
  public Group activate(long id) {
    Group group = get(id);
    List<FieldError> errors = errors(group);
    if (!errors.isEmpty()) {
      throw new NotActivatableException(
          "Group '" + group.name() + "' cannot be activated until these are fixed", errors);
    }
    groups.setStatus(id, GroupStatus.ACTIVE, clock.instant());
    events.publishEvent(new GroupChanged(id));
    return get(id);
  }

  @Transactional
  public Group deactivate(long id) {
    get(id);
    groups.setStatus(id, GroupStatus.INACTIVE, clock.instant());
    events.publishEvent(new GroupChanged(id));
    return get(id);
  }

  /** Everything that stops the group from being activated or run; empty when it is ready. */
  public List<FieldError> errors(Group group) {
    return GroupRules.activationErrors(group, members(group));
  }

  /** What is worth saying about the group without refusing it. */
  public List<String> warnings(Group group) {
    return GroupRules.warnings(group, campaigns::find);
  }

  public Map<Long, ImportJob> members(Group group) {
    return byId(group.jobIds());
  }

  private void checkSave(GroupRequest request, Long id) {
    Errors errors = new Errors();
    GroupRules.checkSave(
        request,
        byId(request.jobIds()),
        jobId -> groups.otherGroupOf(jobId, id),
        campaigns::find,
        clock.instant(),
        errors);
    if (request.name() != null && !request.name().isBlank()) {
      groups
          .idByName(request.name())
          .filter(other -> !other.equals(id))
          .ifPresent(other -> errors.add("name", "a group named '" + request.name() + "' exists"));
    }
    errors.throwIfAny();
  }

  private GroupRequest withMinute(GroupRequest r, Schedule previous) {
    return new GroupRequest(
        r.name(),
        r.description(),
        r.jobIds(),
        r.postProcessing(),
        r.notifications(),
        minutes.withMinute(r.schedule(), previous));
  }

  private Map<Long, ImportJob> byId(List<Long> ids) {
    return jobs
        .findAll(ids.stream().filter(java.util.Objects::nonNull).distinct().toList())
        .stream()
        .collect(Collectors.toMap(ImportJob::id, Function.identity()));
  }
}
