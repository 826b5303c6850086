package io.lineup.web;

import static io.lineup.support.TestData.aProfileList;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.http.HttpStatus;

/** Users, campaigns and the audit trail, as an admin sees them. */
class AdminPagesBrowserTest extends BrowserTest {

  @Test
  void anAdminAddsAUserLaunchesACampaignAndFindsBothInTheAuditTrail() {
    String username = unique("dora");
    String userCreations = "/api/v1/audit?user=admin&action=CREATE&resourceType=users&limit=1000";
    int created = api().get(userCreations).size();
    open("/admin/users");
    type(By.id("new-username"), username);
    type(By.id("new-password"), "short");
    clickToLoad(By.id("add-user"));
    assertThat(textOf(By.id("problem"))).contains("password at least 12 characters");
    type(By.id("new-username"), username);
    type(By.id("new-password"), "a-long-enough-password");
    clickToLoad(By.id("add-user"));
    assertThat(textOf(By.id("message"))).contains(username);
    assertThat(textOf(By.id("users"))).contains(username);
    screenshot("admin-users");

    String list = unique("WEB_NEWS");
    api().post("/api/v1/tables", aProfileList(list), HttpStatus.CREATED);
    String name = unique("Spring sale");
    long campaign =
        api()
            .post(
                "/api/v1/campaigns",
                Map.of(
                    "name", name,
                    "profileList", list,
                    "from", "news@example.com",
                    "subject", "Sale",
                    "textBody", "Everything must go"),
                HttpStatus.CREATED)
            .get("id")
            .asLong();
    open("/campaigns");
    clickToLoad(By.cssSelector("#campaigns tr[data-id='" + campaign + "'] .launch-now"));
    assertThat(textOf(By.id("message"))).contains(name, "is launching");
    waitForWork()
        .until(
            d -> {
              open("/campaigns");
              return d.findElement(By.cssSelector("#campaigns tr[data-id='" + campaign + "']"))
                  .getText()
                  .contains("SUCCEEDED");
            });
    screenshot("campaigns");

    open("/audit?user=admin");
    String trail = textOf(By.id("audit"));
    assertThat(trail).contains("LAUNCH campaigns " + campaign);
    assertThat(trail).contains("CREATE users");
    assertThat(api().get(userCreations).size())
        .as("one user created; the refused attempt is not a change")
        .isEqualTo(created + 1);
    screenshot("audit");
  }

  @Test
  void theAdminPagesAreForAdminsOnly() {
    String director = unique("director");
    api()
        .post(
            "/api/v1/users",
            new io.lineup.security.UserRequest(
                director, "director-password-1", io.lineup.security.Role.DATA_DIRECTOR),
            HttpStatus.CREATED);
    signOut();
    try {
      signIn(director, "director-password-1");
      open("/");
      assertThat(all(By.id("nav-users"))).isEmpty();
      assertThat(find(By.id("nav-audit")).isDisplayed()).isTrue();
      open("/admin/users");
      assertThat(browser().getPageSource()).contains("403");
    } finally {
      signOut();
      signIn("admin", ADMIN_PASSWORD);
    }
  }
}
