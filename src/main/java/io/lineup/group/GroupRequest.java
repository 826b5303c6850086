package io.lineup.group;

import java.util.List;

/** A group as a client saves it: the jobs in run order and what happens around a run. */
public record GroupRequest(
    String name,
    String description,
    List<Long> jobIds,
    PostProcessing postProcessing,
    Notifications notifications,
    Schedule schedule) {

  public GroupRequest {
    jobIds = jobIds == null ? List.of() : jobIds;
    postProcessing = postProcessing == null ? PostProcessing.none() : postProcessing;
    notifications = notifications == null ? Notifications.none() : notifications;
    schedule = schedule == null ? Schedule.none() : schedule;
  }
}
