package io.lineup.mail;

import org.springframework.mail.MailSendException;

/**
 * The SMTP server refused the address itself: trying again will not help, unlike when the server is
 * down or slow.
 */
public class RecipientRefusedException extends MailSendException {

  public RecipientRefusedException(String message, Throwable cause) {
    super(message, cause);
  }
}
