package io.lineup.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** Calls Lineup's REST API over HTTP, as a script would. */
public final class Api {

  private static final Set<String> ENDED = Set.of("SUCCEEDED", "FAILED", "CANCELLED", "SKIPPED");

  private final RestTestClient client;
  private final int port;

  /** A client that sends {@code token} as a Bearer token, or no credentials when it is null. */
  public Api(int port, String token) {
    this.port = port;
    var builder = RestTestClient.bindToServer().baseUrl("http://localhost:" + port);
    if (token != null) {
      builder.defaultHeader("Authorization", "Bearer " + token);
    }
    this.client = builder.build();
  }

  /** The same server, signed in with another token (or none). */
  public Api withToken(String token) {
    return new Api(port, token);
  }

  /** The same server, with HTTP Basic credentials. */
  public Api withBasic(String username, String password) {
    return new Api(
        port,
        RestTestClient.bindToServer()
            .baseUrl("http://localhost:" + port)
            .defaultHeaders(h -> h.setBasicAuth(username, password))
            .build());
  }

  private Api(int port, RestTestClient client) {
    this.port = port;
    this.client = client;
  }

  /** The underlying client, for requests the helpers above do not cover. */
  public RestTestClient client() {
    return client;
  }

  public JsonNode get(String path) {
    return get(path, HttpStatus.OK);
  }

  public JsonNode get(String path, HttpStatus expected) {
    return expect(client.get().uri(path), expected);
  }

  public String text(String path) {
    return client
        .get()
        .uri(path)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .returnResult()
        .getResponseBody();
  }

  public JsonNode post(String path, Object body, HttpStatus expected) {
    var request = client.post().uri(path);
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).body(body);
    }
    return expect(request, expected);
  }

  public JsonNode postJson(String path, String json, HttpStatus expected) {
    return expect(
        client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(json), expected);
  }

  public JsonNode put(String path, Object body, HttpStatus expected) {
    return expect(
        client.put().uri(path).contentType(MediaType.APPLICATION_JSON).body(body), expected);
  }

  public JsonNode delete(String path, HttpStatus expected) {
    return expect(client.delete().uri(path), expected);
  }

  private static JsonNode expect(
      RestTestClient.RequestHeadersSpec<?> request, HttpStatus expected) {
    return request
        .exchange()
        .expectStatus()
        .isEqualTo(expected.value())
        .expectBody(JsonNode.class)
        .returnResult()
        .getResponseBody();
  }

  /** Waits for a run (group run or job run) to end and returns it. */
  public JsonNode awaitEnd(String runPath) {
    JsonNode[] last = new JsonNode[1];
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> {
              last[0] = get(runPath);
              return ENDED.contains(last[0].get("status").asString());
            });
    return last[0];
  }
}
