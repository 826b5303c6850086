package io.lineup.web.campaign;

import io.lineup.campaign.Campaign;
import io.lineup.campaign.CampaignRequest;
import io.lineup.campaign.CampaignService;
import io.lineup.campaign.Launch;
import io.lineup.common.InvalidInputException;
import io.lineup.common.LineupException;
import io.lineup.group.ScheduleType;
import io.lineup.run.Trigger;
import io.lineup.table.TableKind;
import io.lineup.table.TableService;
import io.lineup.web.FieldMessages;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Campaigns: each with its last launches and "Launch now", and a form to create or edit one. */
@Controller
class CampaignPages {

  /** A campaign and its most recent launches, newest first. */
  record Row(Campaign campaign, List<Launch> launches) {}

  private final CampaignService campaigns;
  private final TableService tables;

  CampaignPages(CampaignService campaigns, TableService tables) {
    this.campaigns = campaigns;
    this.tables = tables;
  }

  @GetMapping("/campaigns")
  String list(Model model) {
    model.addAttribute(
        "rows",
        campaigns.list().stream().map(c -> new Row(c, campaigns.launches(c.id(), 5))).toList());
    return "campaigns";
  }

  @GetMapping("/campaigns/new")
  String create(Model model) {
    return form(model, null, CampaignForm.empty(), FieldMessages.none());
  }

  @GetMapping("/campaigns/{id}/edit")
  String edit(@PathVariable long id, Model model) {
    return form(model, id, CampaignForm.of(campaigns.get(id)), FieldMessages.none());
  }

  @PostMapping({"/campaigns/new", "/campaigns/{id}/edit"})
  String save(
      @PathVariable(required = false) Long id,
      @RequestParam MultiValueMap<String, String> form,
      Model model,
      RedirectAttributes flash) {
    CampaignRequest request = CampaignForm.read(form);
    try {
      Campaign saved = id == null ? campaigns.create(request) : campaigns.update(id, request);
      flash.addFlashAttribute("message", "Campaign '" + saved.name() + "' is saved");
      return "redirect:/campaigns";
    } catch (InvalidInputException e) {
      return form(model, id, request, new FieldMessages(e.errors()));
    }
  }

  private String form(Model model, Long id, CampaignRequest request, FieldMessages errors) {
    model.addAttribute("id", id);
    model.addAttribute("c", request);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "profileLists",
        tables.list().stream().filter(t -> t.kind() == TableKind.PROFILE_LIST).toList());
    model.addAttribute("scheduleTypes", ScheduleType.values());
    model.addAttribute("days", DayOfWeek.values());
    model.addAttribute("zones", new TreeSet<>(ZoneId.getAvailableZoneIds()));
    return "campaign-form";
  }

  @PostMapping("/campaigns/{id}/launch")
  String launch(@PathVariable long id, RedirectAttributes flash) {
    try {
      Launch launch = campaigns.launch(id, Trigger.MANUAL);
      flash.addFlashAttribute(
          "message",
          "Campaign '" + launch.campaignName() + "' is launching (launch " + launch.id() + ")");
    } catch (LineupException e) {
      flash.addFlashAttribute("problem", e.getMessage());
    }
    return "redirect:/campaigns";
  }
}
