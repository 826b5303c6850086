package io.lineup.load;

import io.lineup.support.OnPostgres;

@OnPostgres
class MergePostgresTest extends MergeContract {}
