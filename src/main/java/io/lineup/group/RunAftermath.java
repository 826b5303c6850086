package io.lineup.group;

import java.util.List;

/** What happened after a group run ended: its campaign launches and its notifications. */
public interface RunAftermath {

  List<Object> campaignLaunches(long groupRunId);

  List<Object> notifications(long groupRunId);
}
