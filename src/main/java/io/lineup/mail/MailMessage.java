package io.lineup.mail;

/** One email to one address; either body may be null, not both. */
public record MailMessage(String from, String to, String subject, String text, String html) {}
