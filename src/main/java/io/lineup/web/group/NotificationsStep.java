package io.lineup.web.group;

import io.lineup.common.Errors;
import io.lineup.group.GroupRequest;
import io.lineup.group.Notifications;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/** Step 3: who is emailed on success and on failure; addresses separated by commas or lines. */
@Component
class NotificationsStep implements WizardStep {

  @Override
  public int number() {
    return 3;
  }

  @Override
  public String fieldPrefix() {
    return "notifications";
  }

  @Override
  public GroupRequest apply(GroupRequest r, MultiValueMap<String, String> form, Errors errors) {
    return new GroupRequest(
        r.name(),
        r.description(),
        r.jobIds(),
        r.postProcessing(),
        new Notifications(addresses(form, "onSuccess"), addresses(form, "onFailure")),
        r.schedule());
  }

  static List<String> addresses(MultiValueMap<String, String> form, String name) {
    String value = WizardStep.first(form, name);
    return value == null
        ? List.of()
        : Arrays.stream(value.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
  }
}
