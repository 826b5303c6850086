package io.lineup.group;

import io.lineup.run.RunService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/group-runs")
class GroupRunController {

  private final RunService runs;
  private final GroupRunViews views;

  GroupRunController(RunService runs, GroupRunViews views) {
    this.runs = runs;
    this.views = views;
  }

  @GetMapping("/{id}")
  GroupRunView get(@PathVariable long id) {
    return views.of(runs.groupRun(id));
  }

  /** Asks the run to stop; answers at once with the run, which ends as CANCELLED. */
  @PostMapping("/{id}/cancel")
  @ResponseStatus(HttpStatus.ACCEPTED)
  GroupRunView cancel(@PathVariable long id) {
    return views.of(runs.cancelGroupRun(id));
  }
}
