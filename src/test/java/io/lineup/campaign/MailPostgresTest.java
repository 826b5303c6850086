package io.lineup.campaign;

import io.lineup.support.OnPostgres;

@OnPostgres
class MailPostgresTest extends MailContract {}
