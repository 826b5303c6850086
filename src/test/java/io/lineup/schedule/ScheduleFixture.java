package io.lineup.schedule;

import static io.lineup.support.TestData.aJob;
import static io.lineup.support.TestData.aProfileList;
import static io.lineup.support.TestData.text;

import io.lineup.group.GroupRequest;
import io.lineup.group.Schedule;
import io.lineup.support.Api;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/** A small group (one job of two records) with a schedule, made through the API. */
final class ScheduleFixture {

  private final Api api;
  private final Function<String, String> unique;
  private final Dropper dropper;
  private final List<Long> groups = new ArrayList<>();

  interface Dropper {
    String drop(String name, String content);
  }

  ScheduleFixture(Api api, Function<String, String> unique, Dropper dropper) {
    this.api = api;
    this.unique = unique;
    this.dropper = dropper;
  }

  long job() {
    String list = unique.apply("SCHED");
    api.post("/api/v1/tables", aProfileList(list, text("FIRST_NAME", 20)), HttpStatus.CREATED);
    String file = dropper.drop(list + "/in.csv", "email,first\na@example.com,A\nb@example.com,B\n");
    long id =
        api.post(
                "/api/v1/jobs",
                aJob(list, file)
                    .named("Load " + list)
                    .map("email", "EMAIL_ADDRESS_")
                    .map("first", "FIRST_NAME")
                    .match("EMAIL_ADDRESS_")
                    .build(),
                HttpStatus.CREATED)
            .get("id")
            .asLong();
    api.post("/api/v1/jobs/" + id + "/activate", null, HttpStatus.OK);
    return id;
  }

  /** A saved (DRAFT) group of one fresh job. */
  JsonNode group(Schedule schedule) {
    JsonNode group =
        api.post(
            "/api/v1/groups",
            new GroupRequest(unique.apply("Sched"), null, List.of(job()), null, null, schedule),
            HttpStatus.CREATED);
    groups.add(group.get("id").asLong());
    return group;
  }

  JsonNode activeGroup(Schedule schedule) {
    long id = group(schedule).get("id").asLong();
    return api.post("/api/v1/groups/" + id + "/activate", null, HttpStatus.OK);
  }

  /** Deactivates every group made here, so that no start of theirs comes due in other tests. */
  void cleanUp() {
    groups.forEach(id -> api.post("/api/v1/groups/" + id + "/deactivate", null, HttpStatus.OK));
    groups.clear();
  }
}
