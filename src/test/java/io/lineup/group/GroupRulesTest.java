package io.lineup.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lineup.common.Errors;
import io.lineup.common.FieldError;
import io.lineup.common.InvalidInputException;
import io.lineup.job.Format;
import io.lineup.job.ImportJob;
import io.lineup.job.JobStatus;
import io.lineup.job.MergeRule;
import io.lineup.job.Source;
import io.lineup.job.SourceType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GroupRulesTest {

  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void onlyActiveJobsSetToRunOnDemandMayJoin() {
    Map<Long, ImportJob> jobs =
        Map.of(
            1L, aJob(1, JobStatus.ACTIVE, true),
            2L, aJob(2, JobStatus.DRAFT, true),
            3L, aJob(3, JobStatus.ACTIVE, false));
    Errors errors = new Errors();
    GroupRules.checkSave(request(1L, 2L, 3L, 4L, 1L), jobs, id -> Optional.empty(), NOW, errors);

    assertThat(errors.list())
        .extracting(FieldError::field)
        .containsExactly("jobIds[1]", "jobIds[2]", "jobIds[3]", "jobIds[4]");
    assertThat(errors.list().get(0).message()).contains("only active jobs set to run on demand");
    assertThat(errors.list().get(2).message()).isEqualTo("job 4 does not exist");
    assertThat(errors.list().get(3).message()).isEqualTo("job 'Job 1' is in the list twice");
  }

  @Test
  void aJobBelongsToAtMostOneGroup() {
    Errors errors = new Errors();
    GroupRules.checkSave(
        request(1L),
        Map.of(1L, aJob(1, JobStatus.ACTIVE, true)),
        id -> Optional.of("Other"),
        NOW,
        errors);
    assertThat(errors.list())
        .containsExactly(
            new FieldError("jobIds[0]", "job 'Job 1' already belongs to group 'Other'"));
  }

  @Test
  void addressesMustBeAddresses() {
    GroupRequest request =
        new GroupRequest(
            "G",
            null,
            List.of(),
            null,
            new Notifications(List.of("ops@example.com", "not-an-address"), List.of("x@y")),
            null);
    Errors errors = new Errors();
    GroupRules.checkSave(request, Map.of(), id -> Optional.empty(), NOW, errors);
    assertThat(errors.list())
        .extracting(FieldError::field)
        .containsExactly("notifications.onSuccess[1]", "notifications.onFailure[0]");
    assertThatThrownBy(errors::throwIfAny).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void anEmptyGroupOrADeactivatedJobStopsActivation() {
    Group empty = group(List.of(), PostProcessing.none());
    assertThat(GroupRules.activationErrors(empty, Map.of()))
        .containsExactly(new FieldError("jobIds", "add at least one job to the group"));

    Group withInactive = group(List.of(1L, 2L), new PostProcessing(true, List.of()));
    List<FieldError> errors =
        GroupRules.activationErrors(
            withInactive,
            Map.of(1L, aJob(1, JobStatus.ACTIVE, true), 2L, aJob(2, JobStatus.INACTIVE, true)));
    assertThat(errors)
        .extracting(FieldError::field)
        .containsExactly("jobIds[1]", "postProcessing.campaignIds");
    assertThat(errors.get(0).message()).startsWith("job 'Job 2' is INACTIVE");
  }

  @Test
  void aCompleteGroupHasNoErrors() {
    assertThat(
            GroupRules.activationErrors(
                group(List.of(1L), PostProcessing.none()),
                Map.of(1L, aJob(1, JobStatus.ACTIVE, true))))
        .isEmpty();
  }

  private static GroupRequest request(Long... jobIds) {
    return new GroupRequest("G", null, List.of(jobIds), null, null, null);
  }

  private static Group group(List<Long> jobIds, PostProcessing post) {
    return new Group(
        1,
        "G",
        null,
        GroupStatus.DRAFT,
        jobIds,
        post,
        Notifications.none(),
        Schedule.none(),
        null,
        NOW,
        NOW);
  }

  private static ImportJob aJob(long id, JobStatus status, boolean onDemand) {
    return new ImportJob(
        id,
        "Job " + id,
        null,
        "T",
        status,
        new Source(SourceType.LOCAL, "f.csv", null, false, false),
        Format.csv(),
        List.of(),
        List.of("EMAIL_ADDRESS_"),
        MergeRule.upsert(),
        onDemand,
        NOW,
        NOW);
  }
}
