package io.lineup.table;

import static io.lineup.support.TestData.aPet;
import static io.lineup.support.TestData.aProfileList;
import static io.lineup.support.TestData.aSupplemental;
import static io.lineup.support.TestData.field;
import static io.lineup.support.TestData.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.lineup.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

class TableApiTest extends IntegrationTest {

  @Test
  void aProfileListGetsItsSystemFieldsFirst() {
    String name = unique("LIST");
    JsonNode table =
        api()
            .post("/api/v1/tables", aProfileList(name, text("FIRST_NAME", 50)), HttpStatus.CREATED);

    assertThat(table.get("primaryKey").get(0).asString()).isEqualTo("RIID_");
    List<String> fields =
        table.get("fields").valueStream().map(f -> f.get("name").asString()).toList();
    assertThat(fields)
        .startsWith(
            "RIID_", "EMAIL_ADDRESS_", "EMAIL_MD5_HASH_", "EMAIL_SHA256_HASH_", "CUSTOMER_ID_")
        .contains("EMAIL_PERMISSION_STATUS_", "CREATED_DATE_", "MODIFIED_DATE_")
        .endsWith("FIRST_NAME");
    assertThat(api().get("/api/v1/tables/" + name).get("kind").asString())
        .isEqualTo("PROFILE_LIST");
    assertThat(api().get("/api/v1/tables").valueStream().map(t -> t.get("name").asString()))
        .contains(name);
  }

  @Test
  void aNameThatIsNotAnIdentifierIsRefusedWithTheReason() {
    JsonNode problem =
        api()
            .postJson(
                "/api/v1/tables",
                "{\"name\": \"x\\\"; drop table y\", \"kind\": \"PROFILE_LIST\"}",
                HttpStatus.BAD_REQUEST);
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("name");
    assertThat(problem.get("errors").get(0).get("message").asString())
        .contains("is not a valid name: use 1 to 30 upper-case letters");
    assertThat(
            api()
                .get("/api/v1/tables/contacts", HttpStatus.BAD_REQUEST)
                .get("errors")
                .get(0)
                .get("field")
                .asString())
        .isEqualTo("name");
  }

  @Test
  void everyProblemWithAFieldIsListed() {
    JsonNode problem =
        api()
            .post(
                "/api/v1/tables",
                aSupplemental(
                    unique("ORDERS"),
                    List.of("ORDER_ID", "MISSING"),
                    text("ORDER_ID", 0),
                    field("TOTAL_", io.lineup.table.FieldType.NUMBER),
                    field("order id", io.lineup.table.FieldType.INTEGER)),
                HttpStatus.BAD_REQUEST);
    assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()))
        .containsExactlyInAnyOrder(
            "primaryKey[1]", "fields[0].length", "fields[1].name", "fields[2].name");
  }

  @Test
  void aSupplementalTableHasItsOwnKeyAndRecordsArePaged() {
    String name = unique("ORDERS");
    api()
        .post(
            "/api/v1/tables",
            aSupplemental(
                name,
                List.of("ORDER_ID", "LINE"),
                text("ORDER_ID", 20),
                field("LINE", FieldType.INTEGER),
                field("TOTAL", FieldType.NUMBER)),
            HttpStatus.CREATED);
    for (int i = 1; i <= 5; i++) {
      jdbc.sql("INSERT INTO \"" + name + "\" VALUES ('A', ?, 1.5)").param(i).update();
    }
    JsonNode page = api().get("/api/v1/tables/" + name + "/records?page=1&size=2");
    assertThat(page.get("total").asLong()).isEqualTo(5);
    assertThat(page.get("records").valueStream().map(r -> r.get("LINE").asLong()))
        .containsExactly(3L, 4L);
    api().get("/api/v1/tables/" + name + "/records?size=0", HttpStatus.BAD_REQUEST);
  }

  @Test
  void aProfileListWithAnExtensionCannotBeDeletedUntilTheExtensionIs() {
    String list = unique("LIST");
    String pet = unique("PET");
    api().post("/api/v1/tables", aProfileList(list), HttpStatus.CREATED);
    api()
        .post(
            "/api/v1/tables",
            aPet(pet, list, field("SCORE", FieldType.INTEGER)),
            HttpStatus.CREATED);
    api().post("/api/v1/tables", aPet(unique("PET"), pet), HttpStatus.BAD_REQUEST);

    JsonNode refused = api().delete("/api/v1/tables/" + list, HttpStatus.CONFLICT);
    assertThat(refused.get("detail").asString()).contains("table " + pet);

    api().delete("/api/v1/tables/" + pet, HttpStatus.NO_CONTENT);
    api().delete("/api/v1/tables/" + list, HttpStatus.NO_CONTENT);
    api().get("/api/v1/tables/" + list, HttpStatus.NOT_FOUND);
  }

  @Test
  void aTableThatExistsCannotBeCreatedTwice() {
    String name = unique("LIST");
    api().post("/api/v1/tables", aProfileList(name), HttpStatus.CREATED);
    api().post("/api/v1/tables", aProfileList(name), HttpStatus.CONFLICT);
  }
}
