package io.lineup.campaign;

class MailH2Test extends MailContract {}
