package io.lineup.run;

import io.lineup.support.OnPostgres;

@OnPostgres
class RunEnginePostgresTest extends RunEngineContract {}
