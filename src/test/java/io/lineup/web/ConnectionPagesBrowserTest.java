package io.lineup.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineup.connection.TestSftpServer;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * SFTP connections in their pages: the secret is never shown, Test says what failed or pins the
 * key, and Edit keeps the secret while changing the rest.
 */
class ConnectionPagesBrowserTest extends BrowserTest {

  @Test
  void aConnectionIsSavedWithoutShowingItsSecretAndItsTestSaysWhyItFailed() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String name = unique("crm-drop");
    open("/connections");
    type(By.id("connection-name"), name);
    type(By.id("connection-host"), "127.0.0.1");
    type(By.id("connection-port"), Integer.toString(closedPort));
    type(By.id("connection-user"), "lineup");
    type(By.id("connection-password"), "the-sftp-secret-123");
    clickToLoad(By.id("save-connection"));

    assertThat(textOf(By.id("message"))).contains(name, "is saved");
    String row = textOf(By.xpath("//table[@id='connections']//tr[contains(., '" + name + "')]"));
    assertThat(row).contains("127.0.0.1:" + closedPort, "PASSWORD", "not pinned yet");
    assertThat(browser().getPageSource()).doesNotContain("the-sftp-secret-123");

    clickToLoad(
        By.xpath(
            "//table[@id='connections']//tr[contains(., '"
                + name
                + "')]//button[contains(@class,'test-connection')]"));
    assertThat(textOf(By.id("problem")))
        .contains("Cannot connect to lineup@127.0.0.1:" + closedPort, "refused")
        .doesNotContain("Future");
    screenshot("connections");
  }

  @Test
  void aConnectionIsEditedItsTestPinsTheKeyAndForgettingTheKeyLetsTheNextTestPinIt() {
    try (TestSftpServer server = new TestSftpServer()) {
      String name = unique("edit-drop");
      open("/connections");
      type(By.id("connection-name"), name);
      type(By.id("connection-host"), "127.0.0.1");
      type(By.id("connection-port"), Integer.toString(server.port()));
      type(By.id("connection-user"), TestSftpServer.USER);
      type(By.id("connection-password"), TestSftpServer.PASSWORD);
      clickToLoad(By.id("save-connection"));
      clickToLoad(rowAction(name, "test-connection"));
      assertThat(textOf(By.id("message"))).contains("host key pinned");
      assertThat(textOf(row(name))).contains(server.hostKey());

      clickToLoad(rowAction(name, "edit-connection"));
      assertThat(textOf(By.id("connection-title"))).isEqualTo(name);
      assertThat(find(By.id("connection-password")).getAttribute("value")).isEmpty();
      type(By.id("connection-read-timeout"), "many");
      clickToLoad(By.id("save-connection"));
      assertThat(textOf(By.cssSelector("[data-field='readTimeoutSeconds']")))
          .contains("'many' is not a whole number");
      screenshot("connection-edit");

      type(By.id("connection-read-timeout"), "30");
      click(By.id("connection-forget-key"));
      clickToLoad(By.id("save-connection"));
      assertThat(textOf(By.id("message"))).contains("its next Test or run pins the host key");
      assertThat(textOf(row(name))).contains("read 30 s", "not pinned yet");

      server.changeHostKey();
      clickToLoad(rowAction(name, "test-connection"));
      assertThat(textOf(By.id("message")))
          .as("the saved password still signs in")
          .contains("host key pinned");
      assertThat(textOf(row(name))).contains(server.hostKey());
    }
  }

  private static By row(String name) {
    return By.xpath("//table[@id='connections']//tr[contains(., '" + name + "')]");
  }

  private static By rowAction(String name, String action) {
    return By.xpath(
        "//table[@id='connections']//tr[contains(., '"
            + name
            + "')]//*[contains(@class,'"
            + action
            + "')]");
  }
}
