package io.lineup.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lineup.common.FieldError;
import io.lineup.common.InvalidInputException;
import io.lineup.table.Field;
import io.lineup.table.TableDefinition;
import io.lineup.table.TableKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The save-time rules of the newer format and merge-rule options. */
class JobFormatRulesTest {

  private static final TableDefinition LIST =
      new TableDefinition(
          "LIST",
          TableKind.PROFILE_LIST,
          null,
          List.of("RIID_"),
          List.of(Field.text("EMAIL_ADDRESS_", 255), Field.text("MOBILE_NUMBER_", 32)),
          Instant.EPOCH);

  @Test
  void goodPatternsACountFileZipAndARequiredMappedChannelAreAccepted() {
    JobRequest checked =
        check(
            new Format(
                null,
                null,
                null,
                "UTF-16",
                Compression.ZIP,
                "dd.MM.yyyy",
                "yyyyMMddHHmmss",
                "n.cnt"),
            new MergeRule(null, null, null, "1", "0", Channel.EMAIL));
    assertThat(checked.format().countFile()).isEqualTo("n.cnt");
  }

  @Test
  void everyBrokenOptionIsReportedAtOnce() {
    assertThatThrownBy(
            () ->
                check(
                    new Format(null, null, null, null, null, "yyyy-MM", "yyyy-MM-dd", "../n.cnt"),
                    new MergeRule(null, null, null, "Y", "Y", Channel.MOBILE)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder(
                        "format.datePattern",
                        "format.timestampPattern",
                        "format.countFile",
                        "mergeRule.optOutValue",
                        "mergeRule.requiredChannel"));
    assertThatThrownBy(
            () ->
                check(
                    new Format(null, null, null, null, null, "not a [pattern", null, null),
                    MergeRule.upsert()))
        .hasMessageContaining("format.datePattern");
  }

  @Test
  void aCountFileWithABadDateTokenIsRefusedWhenSavedNotWhenRun() {
    assertThatThrownBy(
            () ->
                check(
                    new Format(null, null, null, null, null, null, null, "n_{yyyyMMdd-bad}.cnt"),
                    MergeRule.upsert()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .singleElement()
                    .satisfies(
                        error -> {
                          assertThat(error.field()).isEqualTo("format.countFile");
                          assertThat(error.message()).contains("date token");
                        }));
    assertThat(
            check(
                    new Format(null, null, null, null, null, null, null, "n_{yyyyMMdd}.cnt"),
                    MergeRule.upsert())
                .format()
                .countFile())
        .isEqualTo("n_{yyyyMMdd}.cnt");
  }

  private static JobRequest check(Format format, MergeRule rule) {
    JobRequest request =
        new JobRequest(
            "job",
            null,
            "LIST",
            new Source(SourceType.LOCAL, "a.csv", null, false, false),
            format,
            List.of(new ColumnMapping("email", "EMAIL_ADDRESS_")),
            List.of("EMAIL_ADDRESS_"),
            rule,
            true);
    return JobRules.check(
        request,
        name -> name.equals("LIST") ? Optional.of(LIST) : Optional.empty(),
        java.time.Instant.EPOCH);
  }
}
