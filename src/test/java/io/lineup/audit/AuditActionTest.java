package io.lineup.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditActionTest {

  @ParameterizedTest
  @CsvSource({
    "POST, groups, CREATE, groups, ",
    "PUT, groups/5, UPDATE, groups, 5",
    "DELETE, tables/CONTACTS, DELETE, tables, CONTACTS",
    "POST, groups/5/activate, ACTIVATE, groups, 5",
    "POST, jobs/7/runs, RUN, jobs, 7",
    "POST, group-runs/9/cancel, CANCEL, group-runs, 9",
    "POST, campaigns/2/launches, LAUNCH, campaigns, 2",
    "POST, groups/new, CREATE, groups, ",
    "POST, groups/5/details, UPDATE, groups, 5",
    "POST, jobs/3/copy, CREATE, jobs, 3",
    "POST, jobs/3/delete, DELETE, jobs, 3",
    "POST, runs/4/cancel, CANCEL, group-runs, 4",
    "POST, admin/users/8/delete, DELETE, users, 8",
    "POST, admin/users, CREATE, users, "
  })
  void namesTheChangeARequestMade(
      String method, String path, String action, String type, String id) {
    assertThat(AuditAction.describe(method, path))
        .isEqualTo(new AuditAction.Described(action, type, id));
  }
}
