package io.lineup.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineup.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ApiDocsTest extends IntegrationTest {

  @Test
  void theOpenApiDocumentListsTheContract() {
    JsonNode paths = api().get("/v3/api-docs").get("paths");
    assertThat(paths.propertyNames())
        .contains(
            "/api/v1/tables",
            "/api/v1/tables/{name}/records",
            "/api/v1/jobs/{id}/runs",
            "/api/v1/job-runs/{id}/rejects",
            "/api/v1/groups/{id}/activate",
            "/api/v1/groups/{id}/errors",
            "/api/v1/groups/{id}/next-runs",
            "/api/v1/group-runs/{id}/cancel");
  }

  @Test
  void healthAndPrometheusMetricsAreServed() {
    assertThat(api().get("/actuator/health").get("status").asString()).isEqualTo("UP");
    assertThat(api().text("/actuator/prometheus"))
        .contains("lineup_runs_started_total", "jvm_memory");
  }

  @Test
  void theIndexPagePointsToTheApiDocs() {
    assertThat(api().text("/")).contains("/swagger-ui.html", "/v3/api-docs");
  }
}
