package io.lineup.security;

import static io.lineup.support.TestData.aProfileList;
import static org.assertj.core.api.Assertions.assertThat;

import io.lineup.support.Api;
import io.lineup.support.IntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

@ExtendWith(OutputCaptureExtension.class)
class SecurityTest extends IntegrationTest {

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @LocalServerPort int port;

  @Test
  void everyApiEndpointIsCheckedAgainstTheRoleTable() {
    List<Endpoint> endpoints = apiEndpoints();
    assertThat(endpoints).hasSizeGreaterThan(30);
    Api anonymous = api().withToken(null);
    Api viewer = api().withToken(tokenOfANew(Role.VIEWER));
    Api director = api().withToken(tokenOfANew(Role.DATA_DIRECTOR));
    List<String> wrong = new ArrayList<>();
    for (Endpoint e : endpoints) {
      expect(wrong, e, "anonymous", status(anonymous, e), Set.of(401));
      boolean admin = e.path.startsWith("/api/v1/users");
      boolean read = e.method == HttpMethod.GET && !e.path.startsWith("/api/v1/audit");
      boolean anyone = e.path.startsWith("/api/v1/tokens");
      if (admin || (!read && !anyone)) {
        expect(wrong, e, "viewer", status(viewer, e), Set.of(403));
      } else {
        expect(wrong, e, "viewer", status(viewer, e), allowed());
      }
      expect(
          wrong,
          e,
          admin ? "director" : "director (allowed)",
          status(director, e),
          admin ? Set.of(403) : allowed());
      expect(wrong, e, "admin", status(api(), e), allowed());
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void aTokensLastUseIsRecordedAtMostOnceAMinute() {
    JsonNode created = api().post("/api/v1/tokens", Map.of("name", "busy"), HttpStatus.CREATED);
    Api script = api().withToken(created.get("token").asString());
    long id = created.get("details").get("id").asLong();
    script.get("/api/v1/tables");
    String first = lastUsed(id);
    assertThat(first).isNotEqualTo("null");

    clock.tick(Duration.ofSeconds(30));
    script.get("/api/v1/tables");
    assertThat(lastUsed(id)).isEqualTo(first);

    clock.tick(Duration.ofSeconds(31));
    script.get("/api/v1/tables");
    assertThat(lastUsed(id)).isNotEqualTo(first);
  }

  private String lastUsed(long tokenId) {
    return api()
        .get("/api/v1/tokens")
        .valueStream()
        .filter(t -> t.get("id").asLong() == tokenId)
        .findFirst()
        .orElseThrow()
        .get("lastUsedAt")
        .toString();
  }

  @Test
  void aRevokedTokenStopsWorking() {
    JsonNode created = api().post("/api/v1/tokens", Map.of("name", "script"), HttpStatus.CREATED);
    String token = created.get("token").asString();
    assertThat(token).startsWith("lnp_");
    Api script = api().withToken(token);
    script.get("/api/v1/tables");
    assertThat(api().get("/api/v1/tokens").valueStream().map(t -> t.get("name").asString()))
        .contains("script")
        .allSatisfy(name -> assertThat(name).doesNotContain("lnp_"));

    api()
        .delete(
            "/api/v1/tokens/" + created.get("details").get("id").asLong(), HttpStatus.NO_CONTENT);

    script.get("/api/v1/tables", HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theFirstStartAdminSignsInWithHttpBasicAndGuessingIsSlowedDown() {
    api().withBasic("admin", ADMIN_PASSWORD).get("/api/v1/tables");
    String victim = "victim" + System.identityHashCode(this);
    api()
        .post(
            "/api/v1/users",
            new UserRequest(victim, "the-right-password", Role.VIEWER),
            HttpStatus.CREATED);
    for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
      api().withBasic(victim, "wrong-" + i).get("/api/v1/tables", HttpStatus.UNAUTHORIZED);
    }

    JsonNode locked =
        api()
            .withBasic(victim, "the-right-password")
            .get("/api/v1/tables", HttpStatus.UNAUTHORIZED);
    assertThat(locked.get("detail").asString()).contains("Too many failed logins");

    clock.tick(Duration.ofSeconds(2));
    api().withBasic(victim, "the-right-password").get("/api/v1/tables");
  }

  @Test
  void aFormSessionWithoutItsCsrfTokenCannotChangeAnything() throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String page = browser.send(request("/login").GET().build(), BodyHandlers.ofString()).body();
    String csrf = page.replaceAll("(?s).*name=\"_csrf\"[^>]*value=\"([^\"]+)\".*", "$1");
    HttpResponse<String> signedIn =
        browser.send(
            request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    BodyPublishers.ofString(
                        "username=admin&password=" + ADMIN_PASSWORD + "&_csrf=" + csrf))
                .build(),
            BodyHandlers.ofString());
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(
            browser
                .send(request("/api/v1/tables").GET().build(), BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(200);

    HttpResponse<String> forged =
        browser.send(
            request("/api/v1/tables")
                .header("Content-Type", "application/json")
                .POST(
                    BodyPublishers.ofString(
                        "{\"name\":\"" + unique("CSRF") + "\",\"kind\":\"PROFILE_LIST\"}"))
                .build(),
            BodyHandlers.ofString());

    assertThat(forged.statusCode()).isEqualTo(403);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
  }

  @Test
  void theAuditShowsEachChangeWithItsUser() {
    String token = tokenOfANew(Role.DATA_DIRECTOR);
    Api director = api().withToken(token);
    String username =
        api()
            .get("/api/v1/users")
            .valueStream()
            .map(u -> u.get("username").asString())
            .filter(n -> n.startsWith("data_director"))
            .reduce((a, b) -> b)
            .orElseThrow();
    String table = unique("AUDITED");
    director.post("/api/v1/tables", aProfileList(table), HttpStatus.CREATED);
    director.delete("/api/v1/tables/" + table, HttpStatus.NO_CONTENT);
    director.post("/api/v1/tables", aProfileList("lower"), HttpStatus.BAD_REQUEST);

    JsonNode trail = api().get("/api/v1/audit?user=" + username);
    assertThat(
            trail
                .valueStream()
                .map(
                    e ->
                        e.get("action").asString()
                            + " "
                            + e.get("resourceType").asString()
                            + " "
                            + e.get("resourceId").asString()))
        .containsExactly("DELETE tables " + table, "CREATE tables " + table);
    assertThat(
            api()
                .get("/api/v1/audit?action=DELETE&resourceType=tables")
                .valueStream()
                .map(e -> e.get("username").asString()))
        .contains(username);
    api().withToken(tokenOfANew(Role.VIEWER)).get("/api/v1/audit", HttpStatus.FORBIDDEN);
  }

  @Test
  void noSecretAppearsInAnswersOrLogs(CapturedOutput output) {
    String password = "a-very-secret-password-" + unique("p");
    JsonNode user =
        api()
            .post(
                "/api/v1/users",
                new UserRequest(unique("carol"), password, Role.VIEWER),
                HttpStatus.CREATED);
    String token =
        api()
            .post("/api/v1/tokens", Map.of("name", "t"), HttpStatus.CREATED)
            .get("token")
            .asString();
    api().withToken(token).get("/api/v1/tables");
    api().withToken(token + "x").get("/api/v1/tables", HttpStatus.UNAUTHORIZED);
    String sftpPassword = "sftp-secret-" + unique("s");
    JsonNode connection =
        api()
            .post(
                "/api/v1/connections",
                Map.of(
                    "name",
                    unique("drop"),
                    "host",
                    "127.0.0.1",
                    "port",
                    1,
                    "username",
                    "lineup",
                    "password",
                    sftpPassword),
                HttpStatus.CREATED);
    JsonNode tested =
        api()
            .post(
                "/api/v1/connections/" + connection.get("id").asLong() + "/test",
                null,
                HttpStatus.OK);
    assertThat(connection.toString() + tested).doesNotContain(sftpPassword);
    assertThat(api().get("/api/v1/connections").toString()).doesNotContain(sftpPassword);
    assertThat(output.getAll()).doesNotContain(sftpPassword);

    assertThat(user.toString()).doesNotContain(password).doesNotContainIgnoringCase("password");
    assertThat(api().get("/api/v1/users").toString())
        .doesNotContain(password)
        .doesNotContainIgnoringCase("hash");
    assertThat(api().get("/api/v1/tokens").toString()).doesNotContain(token);
    assertThat(output.getAll()).doesNotContain(password).doesNotContain(token);
  }

  private record Endpoint(HttpMethod method, String path) {}

  private List<Endpoint> apiEndpoints() {
    List<Endpoint> endpoints = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
        mappings.getHandlerMethods().entrySet()) {
      for (String pattern : entry.getKey().getPatternValues()) {
        if (!pattern.startsWith("/api/")) {
          continue;
        }
        String path = pattern.replaceAll("\\{[^}]+}", "999999999");
        for (RequestMethod method : entry.getKey().getMethodsCondition().getMethods()) {
          endpoints.add(new Endpoint(HttpMethod.valueOf(method.name()), path));
        }
      }
    }
    return endpoints;
  }

  private static int status(Api api, Endpoint e) {
    var request = api.client().method(e.method).uri(e.path);
    if (e.method == HttpMethod.POST || e.method == HttpMethod.PUT) {
      request.contentType(MediaType.APPLICATION_JSON).body("{}");
    }
    return request.exchange().returnResult().getStatus().value();
  }

  private static Set<Integer> allowed() {
    return Set.of(200, 201, 202, 204, 400, 404, 409, 422);
  }

  private static void expect(
      List<String> wrong, Endpoint e, String who, int status, Set<Integer> expected) {
    if (!expected.contains(status)) {
      wrong.add(e.method + " " + e.path + " as " + who + ": " + status + ", expected " + expected);
    }
  }
}
