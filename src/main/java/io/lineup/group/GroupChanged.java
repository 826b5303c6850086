package io.lineup.group;

/**
 * Published inside the transaction that saves, activates, deactivates or deletes a group: the hook
 * that keeps its scheduled starts in step with its definition.
 */
public record GroupChanged(long groupId) {}
