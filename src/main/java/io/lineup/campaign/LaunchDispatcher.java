package io.lineup.campaign;

import io.lineup.run.Dispatcher;
import org.springframework.stereotype.Component;

/** Hands a launch to db-scheduler, in the caller's transaction; looks at once after commit. */
@Component
class LaunchDispatcher {

  static final String CAMPAIGN_LAUNCH = "campaign-launch";

  private final Dispatcher dispatcher;

  LaunchDispatcher(Dispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  void launch(long launchId) {
    dispatcher.now(CAMPAIGN_LAUNCH, Long.toString(launchId));
  }
}
