package io.lineup.web.group;

import io.lineup.common.Errors;
import io.lineup.group.GroupRequest;
import io.lineup.group.PostProcessing;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/** Step 2: launch campaigns after a successful run. */
@Component
class PostProcessingStep implements WizardStep {

  @Override
  public int number() {
    return 2;
  }

  @Override
  public String fieldPrefix() {
    return "postProcessing";
  }

  @Override
  public GroupRequest apply(GroupRequest r, MultiValueMap<String, String> form, Errors errors) {
    List<Long> campaigns = new ArrayList<>();
    for (String value : form.getOrDefault("campaignIds", List.of())) {
      try {
        campaigns.add(Long.valueOf(value));
      } catch (NumberFormatException e) {
        errors.add("postProcessing.campaignIds", "'" + value + "' is not a campaign");
      }
    }
    boolean launch = form.containsKey("launchCampaigns");
    return new GroupRequest(
        r.name(),
        r.description(),
        r.jobIds(),
        new PostProcessing(launch, campaigns),
        r.notifications(),
        r.schedule());
  }
}
