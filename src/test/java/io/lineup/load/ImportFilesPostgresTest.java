package io.lineup.load;

import io.lineup.support.OnPostgres;

@OnPostgres
class ImportFilesPostgresTest extends ImportFilesContract {}
