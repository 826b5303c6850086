package io.lineup.web.connect;

import io.lineup.common.LineupException;
import io.lineup.group.GroupService;
import io.lineup.job.JobService;
import io.lineup.run.RunService;
import io.lineup.run.Trigger;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Connect page (home): jobs, groups and run history, with their actions. */
@Controller
class ConnectPage {

  private final ConnectRows rows;
  private final JobService jobs;
  private final GroupService groups;
  private final RunService runs;
  private final Copies copies;

  ConnectPage(
      ConnectRows rows, JobService jobs, GroupService groups, RunService runs, Copies copies) {
    this.rows = rows;
    this.jobs = jobs;
    this.groups = groups;
    this.runs = runs;
    this.copies = copies;
  }

  @GetMapping("/")
  String page(@RequestParam(defaultValue = "jobs") String tab, Model model) {
    model.addAttribute("tab", tab);
    model.addAttribute("jobs", rows.jobs());
    model.addAttribute("groups", rows.groups());
    model.addAttribute("history", rows.history());
    model.addAttribute("empty", rows.isEmptyInstance());
    return "connect";
  }

  @PostMapping("/jobs/{id}/run")
  String runJob(@PathVariable long id, RedirectAttributes flash) {
    return act(
        flash,
        "history",
        () -> "Job run " + runs.startJob(id, Trigger.MANUAL).id() + " is queued",
        null);
  }

  @PostMapping("/jobs/{id}/activate")
  String activateJob(@PathVariable long id, RedirectAttributes flash) {
    return act(flash, "jobs", () -> "Job '" + jobs.activate(id).name() + "' is active", null);
  }

  @PostMapping("/jobs/{id}/deactivate")
  String deactivateJob(@PathVariable long id, RedirectAttributes flash) {
    return act(flash, "jobs", () -> "Job '" + jobs.deactivate(id).name() + "' is inactive", null);
  }

  @PostMapping("/jobs/{id}/delete")
  String deleteJob(@PathVariable long id, RedirectAttributes flash) {
    return act(
        flash,
        "jobs",
        () -> {
          String name = jobs.get(id).name();
          jobs.delete(id);
          return "Job '" + name + "' is deleted";
        },
        null);
  }

  @PostMapping("/jobs/{id}/copy")
  String copyJob(@PathVariable long id, RedirectAttributes flash) {
    return act(flash, "jobs", () -> "Saved '" + copies.job(id).name() + "' as a draft", null);
  }

  @PostMapping("/groups/{id}/run")
  String runGroup(@PathVariable long id, RedirectAttributes flash) {
    try {
      return "redirect:/runs/" + runs.startGroup(id, Trigger.MANUAL).id();
    } catch (LineupException e) {
      flash.addFlashAttribute("problem", e.getMessage());
      return "redirect:/?tab=groups";
    }
  }

  @PostMapping("/groups/{id}/activate")
  String activateGroup(@PathVariable long id, RedirectAttributes flash) {
    return act(
        flash,
        "groups",
        () -> "Group '" + groups.activate(id).name() + "' is active",
        "/groups/" + id + "/edit?step=1&check=true");
  }

  @PostMapping("/groups/{id}/deactivate")
  String deactivateGroup(@PathVariable long id, RedirectAttributes flash) {
    return act(
        flash, "groups", () -> "Group '" + groups.deactivate(id).name() + "' is inactive", null);
  }

  @PostMapping("/groups/{id}/delete")
  String deleteGroup(@PathVariable long id, RedirectAttributes flash) {
    return act(
        flash,
        "groups",
        () -> {
          String name = groups.get(id).name();
          groups.delete(id);
          return "Group '" + name + "' is deleted; its jobs are free to join another group";
        },
        null);
  }

  @PostMapping("/groups/{id}/copy")
  String copyGroup(@PathVariable long id, RedirectAttributes flash) {
    return act(
        flash,
        "groups",
        () -> "Saved '" + copies.group(id).name() + "' as a draft, without the jobs",
        null);
  }

  /**
   * Runs an action and comes back to the tab with its outcome; {@code onFailure}, when given, is
   * where a refusal sends the user instead (the wizard, to fix what is missing).
   */
  private static String act(
      RedirectAttributes flash, String tab, Supplier<String> action, String onFailure) {
    try {
      flash.addFlashAttribute("message", action.get());
    } catch (LineupException e) {
      flash.addFlashAttribute("problem", e.getMessage());
      if (onFailure != null) {
        return "redirect:" + onFailure;
      }
    }
    return "redirect:/?tab=" + tab;
  }
}
