package io.lineup.web.campaign;

import io.lineup.campaign.Campaign;
import io.lineup.campaign.CampaignService;
import io.lineup.campaign.Launch;
import io.lineup.common.LineupException;
import io.lineup.run.Trigger;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Campaigns: each with its last launches, and "Launch now". */
@Controller
class CampaignPages {

  /** A campaign and its most recent launches, newest first. */
  record Row(Campaign campaign, List<Launch> launches) {}

  private final CampaignService campaigns;

  CampaignPages(CampaignService campaigns) {
    this.campaigns = campaigns;
  }

  @GetMapping("/campaigns")
  String list(Model model) {
    model.addAttribute(
        "rows",
        campaigns.list().stream().map(c -> new Row(c, campaigns.launches(c.id(), 5))).toList());
    return "campaigns";
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
