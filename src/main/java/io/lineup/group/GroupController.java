package io.lineup.group;

import io.lineup.common.FieldError;
import io.lineup.run.RunService;
import io.lineup.run.Trigger;
import io.lineup.schedule.GroupStarts;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/groups")
class GroupController {

  private final GroupService groups;
  private final GroupRunRepository groupRuns;
  private final GroupRunViews views;
  private final RunService runs;
  private final GroupStarts starts;

  GroupController(
      GroupService groups,
      GroupRunRepository groupRuns,
      GroupRunViews views,
      RunService runs,
      GroupStarts starts) {
    this.groups = groups;
    this.groupRuns = groupRuns;
    this.views = views;
    this.runs = runs;
    this.starts = starts;
  }

  @GetMapping
  List<GroupView> list() {
    return groups.list().stream().map(this::view).toList();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  GroupView create(@RequestBody GroupRequest request) {
    return view(groups.create(request));
  }

  @GetMapping("/{id}")
  GroupView get(@PathVariable long id) {
    return view(groups.get(id));
  }

  @PutMapping("/{id}")
  GroupView update(@PathVariable long id, @RequestBody GroupRequest request) {
    return view(groups.update(id, request));
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id) {
    groups.delete(id);
  }

  @PostMapping("/{id}/activate")
  GroupView activate(@PathVariable long id) {
    return view(groups.activate(id));
  }

  @PostMapping("/{id}/deactivate")
  GroupView deactivate(@PathVariable long id) {
    return view(groups.deactivate(id));
  }

  /** What stops the group from being activated; an empty list when it is ready. */
  @GetMapping("/{id}/errors")
  ActivationCheck errors(@PathVariable long id) {
    List<FieldError> errors = groups.errors(groups.get(id));
    return new ActivationCheck(errors.isEmpty(), errors);
  }

  record ActivationCheck(boolean valid, List<FieldError> errors) {}

  /** The next starts of the group's schedule (at most 100); none while it runs on demand only. */
  @GetMapping("/{id}/next-runs")
  List<Instant> nextRuns(@PathVariable long id, @RequestParam(defaultValue = "5") int count) {
    return starts.upcoming(groups.get(id), count);
  }

  @PostMapping("/{id}/runs")
  @ResponseStatus(HttpStatus.ACCEPTED)
  GroupRunView run(@PathVariable long id) {
    return views.of(runs.startGroup(id, Trigger.API));
  }

  @GetMapping("/{id}/runs")
  List<GroupRunView> history(@PathVariable long id, @RequestParam(defaultValue = "50") int limit) {
    groups.get(id);
    return groupRuns.findByGroup(id, Math.min(Math.max(limit, 1), 500)).stream()
        .map(views::of)
        .toList();
  }

  private GroupView view(Group group) {
    GroupRun last = groupRuns.findByGroup(group.id(), 1).stream().findFirst().orElse(null);
    return GroupView.of(group, last, starts.nextRunAt(group), groups.warnings(group));
  }
}
