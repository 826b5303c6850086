package io.lineup.web.run;

import io.lineup.common.LineupException;
import io.lineup.common.NotFoundException;
import io.lineup.group.GroupRun;
import io.lineup.group.GroupRunRepository;
import io.lineup.group.GroupService;
import io.lineup.job.JobRunRepository;
import io.lineup.job.JobService;
import io.lineup.run.RunService;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Runs you can watch: a run's steps update in place until it ends; history with charts. */
@Controller
class RunPages {

  private final GroupRunRepository groupRuns;
  private final JobRunRepository jobRuns;
  private final GroupService groups;
  private final JobService jobs;
  private final RunService runs;
  private final JdbcClient jdbc;

  RunPages(
      GroupRunRepository groupRuns,
      JobRunRepository jobRuns,
      GroupService groups,
      JobService jobs,
      RunService runs,
      JdbcClient jdbc) {
    this.groupRuns = groupRuns;
    this.jobRuns = jobRuns;
    this.groups = groups;
    this.jobs = jobs;
    this.runs = runs;
    this.jdbc = jdbc;
  }

  @GetMapping("/runs")
  String list(Model model) {
    List<RunPage> recent =
        jdbc
            .sql("SELECT id FROM lineup_group_run ORDER BY id DESC LIMIT 50")
            .query(Long.class)
            .list()
            .stream()
            .map(this::page)
            .toList();
    var all = groups.list();
    model.addAttribute("runs", recent);
    model.addAttribute("load", Charts.scheduleLoad(all).svg());
    model.addAttribute("anySchedule", Charts.anySchedule(all));
    return "runs";
  }

  @GetMapping("/runs/{id}")
  String run(@PathVariable long id, Model model) {
    model.addAttribute("page", page(id));
    return "run";
  }

  /** The part of the run page that htmx polls; it stops polling once the run has ended. */
  @GetMapping("/runs/{id}/live")
  String live(@PathVariable long id, Model model) {
    model.addAttribute("page", page(id));
    return "run :: live";
  }

  @PostMapping("/runs/{id}/cancel")
  String cancel(@PathVariable long id, RedirectAttributes flash) {
    try {
      runs.cancelGroupRun(id);
      flash.addFlashAttribute("message", "Cancel requested");
    } catch (LineupException e) {
      flash.addFlashAttribute("problem", e.getMessage());
    }
    return "redirect:/runs/" + id;
  }

  @GetMapping("/groups/{id}/history")
  String groupHistory(@PathVariable long id, Model model) {
    List<RunPage> history = groupRuns.findByGroup(id, 50).stream().map(r -> page(r.id())).toList();
    model.addAttribute("group", groups.get(id));
    model.addAttribute("runs", history);
    model.addAttribute("durations", Charts.durations(history).svg());
    model.addAttribute("records", Charts.records(history).svg());
    return "group-history";
  }

  @GetMapping("/jobs/{id}/history")
  String jobHistory(@PathVariable long id, Model model) {
    model.addAttribute("job", jobs.get(id));
    model.addAttribute("runs", jobs.runs(id, 50));
    return "job-history";
  }

  @GetMapping("/job-runs/{id}")
  String jobRun(@PathVariable long id, Model model) {
    model.addAttribute(
        "run", jobRuns.find(id).orElseThrow(() -> new NotFoundException("Job run", id)));
    return "job-run";
  }

  private RunPage page(long id) {
    GroupRun run = runs.groupRun(id);
    return new RunPage(
        run,
        run.steps().stream()
            .map(
                s ->
                    new RunPage.StepPage(
                        s, s.jobRunId() == null ? null : jobRuns.find(s.jobRunId()).orElse(null)))
            .toList());
  }
}
