package io.lineup.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** An SFTP connection added in its page: the secret is never shown, and Test says what failed. */
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

    assertThat(find(By.id("message")).getText()).contains(name, "is saved");
    String row =
        find(By.xpath("//table[@id='connections']//tr[contains(., '" + name + "')]")).getText();
    assertThat(row).contains("127.0.0.1:" + closedPort, "PASSWORD", "not pinned yet");
    assertThat(browser().getPageSource()).doesNotContain("the-sftp-secret-123");

    clickToLoad(
        By.xpath(
            "//table[@id='connections']//tr[contains(., '"
                + name
                + "')]//button[contains(@class,'test-connection')]"));
    assertThat(find(By.id("problem")).getText()).isNotBlank();
    screenshot("connections");
  }
}
