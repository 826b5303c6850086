package io.lineup.schedule;

class ScheduledRunH2Test extends ScheduledRunContract {}
