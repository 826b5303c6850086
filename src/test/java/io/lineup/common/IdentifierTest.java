package io.lineup.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"CONTACTS", "A", "FIRST_NAME", "RIID_", "T2", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123"})
  void upperCaseNamesOfAtMostThirtyCharactersAreValid(String name) {
    assertThat(Identifier.problem(name)).isNull();
    assertThat(Identifier.quote(name)).isEqualTo('"' + name + '"');
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "x\"; drop table y",
        "contacts",
        "1ST",
        "_HIDDEN",
        "WITH SPACE",
        "ÉLODIE",
        "A-B",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ01234",
        ""
      })
  void anythingElseIsRefusedAndNeverQuoted(String name) {
    assertThat(Identifier.problem(name)).isNotNull();
    assertThatThrownBy(() -> Identifier.quote(name)).isInstanceOf(InvalidInputException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"LINEUP_JOB", "LINEUP_SCHEDULED_TASKS"})
  void lineupsOwnPrefixIsReserved(String name) {
    assertThat(Identifier.problem(name)).contains("reserved");
  }

  @org.junit.jupiter.api.Test
  void theProblemSaysWhatAValidNameLooksLike() {
    assertThat(Identifier.problem("x\"; drop table y"))
        .isEqualTo(
            "'x\"; drop table y' is not a valid name: use 1 to 30 upper-case letters, digits and"
                + " underscores, starting with a letter");
  }
}
