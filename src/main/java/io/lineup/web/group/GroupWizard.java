package io.lineup.web.group;

import io.lineup.common.Errors;
import io.lineup.common.FieldError;
import io.lineup.common.InvalidInputException;
import io.lineup.common.NotActivatableException;
import io.lineup.group.Group;
import io.lineup.group.GroupRequest;
import io.lineup.group.GroupService;
import io.lineup.group.Notifications;
import io.lineup.group.PostProcessing;
import io.lineup.group.Schedule;
import io.lineup.web.FieldMessages;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Create Group: the name and description dialog, then the four steps. Every step saves the group
 * (still a draft), so the server's own rules check each step and its field errors show at once.
 */
@Controller
class GroupWizard {

  private final GroupService groups;
  private final WizardModel wizard;
  private final List<WizardStep> steps;

  GroupWizard(GroupService groups, WizardModel wizard, List<WizardStep> steps) {
    this.groups = groups;
    this.wizard = wizard;
    this.steps = steps;
  }

  @GetMapping("/groups/new")
  String dialog(Model model) {
    model.addAttribute("name", "");
    model.addAttribute("description", "");
    model.addAttribute("errors", FieldMessages.none());
    return "group-details";
  }

  @PostMapping("/groups/new")
  String create(@RequestParam String name, @RequestParam String description, Model model) {
    try {
      Group group =
          groups.create(
              new GroupRequest(
                  name,
                  description,
                  List.of(),
                  PostProcessing.none(),
                  Notifications.none(),
                  Schedule.none()));
      return "redirect:/groups/" + group.id() + "/edit?step=1";
    } catch (InvalidInputException e) {
      model.addAttribute("name", name);
      model.addAttribute("description", description);
      model.addAttribute("errors", new FieldMessages(e.errors()));
      return "group-details";
    }
  }

  @GetMapping("/groups/{id}/details")
  String details(@PathVariable long id, Model model) {
    Group group = groups.get(id);
    model.addAttribute("group", group);
    model.addAttribute("name", group.name());
    model.addAttribute("description", group.description());
    model.addAttribute("errors", FieldMessages.none());
    return "group-details";
  }

  @PostMapping("/groups/{id}/details")
  String rename(
      @PathVariable long id,
      @RequestParam String name,
      @RequestParam String description,
      Model model) {
    Group g = groups.get(id);
    try {
      groups.update(
          id,
          new GroupRequest(
              name, description, g.jobIds(), g.postProcessing(), g.notifications(), g.schedule()));
      return "redirect:/groups/" + id + "/edit?step=1";
    } catch (InvalidInputException e) {
      model.addAttribute("group", g);
      model.addAttribute("name", name);
      model.addAttribute("description", description);
      model.addAttribute("errors", new FieldMessages(e.errors()));
      return "group-details";
    }
  }

  @GetMapping("/groups/{id}/edit")
  String edit(
      @PathVariable long id,
      @RequestParam(defaultValue = "1") int step,
      @RequestParam(defaultValue = "false") boolean check,
      Model model) {
    Group group = groups.get(id);
    List<FieldError> shown = check ? groups.errors(group) : List.of();
    wizard.fill(model, group, step(step), new FieldMessages(shown), check);
    return "group-wizard";
  }

  /** Saves the step, then goes where the pressed button says: back, next, stay, or activate. */
  @PostMapping("/groups/{id}/edit")
  String save(
      @PathVariable long id,
      @RequestParam int step,
      @RequestParam(defaultValue = "save") String action,
      @RequestParam MultiValueMap<String, String> form,
      Model model,
      RedirectAttributes flash) {
    Group group = groups.get(id);
    WizardStep current = step(step);
    Errors unreadable = new Errors();
    GroupRequest request = current.apply(request(group), form, unreadable);
    try {
      unreadable.throwIfAny();
      group = groups.update(id, request);
    } catch (InvalidInputException e) {
      wizard.fill(model, asTyped(group, request), current, new FieldMessages(e.errors()), false);
      model.addAttribute("problem", "Not saved: fix the fields marked below");
      return "group-wizard";
    } catch (NotActivatableException e) {
      wizard.fill(model, asTyped(group, request), current, new FieldMessages(e.errors()), true);
      model.addAttribute("problem", e.getMessage());
      return "group-wizard";
    }
    return switch (action) {
      case "next" -> "redirect:/groups/" + id + "/edit?step=" + Math.min(step + 1, 4);
      case "back" -> "redirect:/groups/" + id + "/edit?step=" + Math.max(step - 1, 1);
      case "activate" -> activate(group, current, model, flash);
      default -> {
        flash.addFlashAttribute("message", "Saved");
        yield "redirect:/groups/" + id + "/edit?step=" + step;
      }
    };
  }

  private String activate(Group group, WizardStep current, Model model, RedirectAttributes flash) {
    try {
      groups.activate(group.id());
      flash.addFlashAttribute("message", "Group '" + group.name() + "' is active");
      return "redirect:/?tab=groups";
    } catch (NotActivatableException e) {
      wizard.fill(model, groups.get(group.id()), current, new FieldMessages(e.errors()), true);
      model.addAttribute("problem", e.getMessage());
      return "group-wizard";
    }
  }

  private WizardStep step(int number) {
    return steps.stream()
        .filter(s -> s.number() == number)
        .findFirst()
        .orElse(steps.stream().filter(s -> s.number() == 1).findFirst().orElseThrow());
  }

  /** The group as the user typed it, so that a refused step shows their input, not the old one. */
  private static Group asTyped(Group g, GroupRequest r) {
    return new Group(
        g.id(),
        r.name(),
        r.description(),
        g.status(),
        r.jobIds(),
        r.postProcessing(),
        r.notifications(),
        r.schedule(),
        g.runningRunId(),
        g.createdAt(),
        g.updatedAt());
  }

  private static GroupRequest request(Group g) {
    return new GroupRequest(
        g.name(), g.description(), g.jobIds(), g.postProcessing(), g.notifications(), g.schedule());
  }
}
