package io.lineup.web.sample;

import io.lineup.common.LineupException;
import io.lineup.run.RunService;
import io.lineup.run.Trigger;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Loads the sample data and starts its group, then shows the run. */
@Controller
class SamplePage {

  private final SampleData sample;
  private final RunService runs;

  SamplePage(SampleData sample, RunService runs) {
    this.sample = sample;
    this.runs = runs;
  }

  @PostMapping("/sample-data")
  String load(RedirectAttributes flash) {
    try {
      long groupId = sample.load().id();
      flash.addFlashAttribute(
          "message", "Sample data loaded: this is its group running, step by step");
      return "redirect:/runs/" + runs.startGroup(groupId, Trigger.MANUAL).id();
    } catch (LineupException e) {
      flash.addFlashAttribute("problem", "Sample data not loaded: " + e.getMessage());
      return "redirect:/";
    }
  }
}
