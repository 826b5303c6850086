package io.lineup.group;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineup.common.Errors;
import io.lineup.common.FieldError;
import io.lineup.group.CampaignLookup.CampaignRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class GroupCampaignRulesTest {

  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private static final Map<Long, CampaignRef> CAMPAIGNS =
      Map.of(1L, new CampaignRef(1, "Plain", false), 2L, new CampaignRef(2, "Weekly", true));
  private static final Function<Long, Optional<CampaignRef>> LOOKUP =
      id -> Optional.ofNullable(CAMPAIGNS.get(id));

  @Test
  void chosenCampaignsMustExistAndBeChosenOnce() {
    GroupRequest request =
        new GroupRequest(
            "G", null, List.of(), new PostProcessing(true, List.of(1L, 3L, 1L)), null, null);
    Errors errors = new Errors();
    GroupRules.checkSave(
        request, Map.of(), id -> Optional.empty(), LOOKUP, java.time.Instant.EPOCH, errors);
    assertThat(errors.list())
        .containsExactly(
            new FieldError("postProcessing.campaignIds[1]", "campaign 3 does not exist"),
            new FieldError("postProcessing.campaignIds[2]", "campaign 1 is in the list twice"));
  }

  @Test
  void aCampaignWithAnAutomaticLaunchIsAllowedWithAWarning() {
    assertThat(GroupRules.warnings(group(new PostProcessing(true, List.of(1L, 2L))), LOOKUP))
        .containsExactly(
            "campaign 'Weekly' has an automatic launch: it also launches on its own schedule,"
                + " whatever this group does");
    assertThat(GroupRules.warnings(group(new PostProcessing(false, List.of(2L))), LOOKUP))
        .isEmpty();
  }

  private static Group group(PostProcessing post) {
    return new Group(
        1,
        "G",
        null,
        GroupStatus.DRAFT,
        List.of(),
        post,
        Notifications.none(),
        Schedule.none(),
        null,
        NOW,
        NOW);
  }
}
