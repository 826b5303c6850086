package io.lineup.web.group;

import io.lineup.common.Errors;
import io.lineup.group.GroupRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/** Step 1: the jobs of the group, in run order. */
@Component
class MembersStep implements WizardStep {

  @Override
  public int number() {
    return 1;
  }

  @Override
  public String fieldPrefix() {
    return "jobIds";
  }

  @Override
  public GroupRequest apply(GroupRequest r, MultiValueMap<String, String> form, Errors errors) {
    List<Long> ids = new ArrayList<>();
    List<String> values = form.getOrDefault("jobIds", List.of());
    for (int i = 0; i < values.size(); i++) {
      try {
        ids.add(Long.valueOf(values.get(i)));
      } catch (NumberFormatException e) {
        errors.add("jobIds[" + i + "]", "'" + values.get(i) + "' is not a job");
      }
    }
    return new GroupRequest(
        r.name(), r.description(), ids, r.postProcessing(), r.notifications(), r.schedule());
  }
}
