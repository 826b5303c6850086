package io.lineup.schedule;

import io.lineup.support.OnPostgres;

@OnPostgres
class ScheduledRunPostgresTest extends ScheduledRunContract {}
