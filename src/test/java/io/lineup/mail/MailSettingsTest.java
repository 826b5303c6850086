package io.lineup.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

  @Test
  void theWaitDoublesAfterEachFailedTryUpToAnHour() {
    MailSettings settings = new MailSettings("a@b.c", 8, Duration.ofSeconds(30), 50);
    assertThat(settings.backoff(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.backoff(2)).isEqualTo(Duration.ofMinutes(1));
    assertThat(settings.backoff(4)).isEqualTo(Duration.ofMinutes(4));
    assertThat(settings.backoff(7)).isEqualTo(Duration.ofMinutes(32));
    assertThat(settings.backoff(8)).isEqualTo(Duration.ofHours(1));
    assertThat(settings.backoff(60)).isEqualTo(Duration.ofHours(1));
  }
}
