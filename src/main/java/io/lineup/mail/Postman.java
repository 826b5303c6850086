package io.lineup.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Hands one message to the SMTP server; a {@link MailException} means it was not accepted. */
@Component
public class Postman {

  private final JavaMailSender sender;

  Postman(JavaMailSender sender) {
    this.sender = sender;
  }

  public void send(MailMessage mail) {
    MimeMessage message = sender.createMimeMessage();
    try {
      boolean both = mail.text() != null && mail.html() != null;
      MimeMessageHelper helper =
          new MimeMessageHelper(message, both, StandardCharsets.UTF_8.name());
      helper.setFrom(mail.from());
      helper.setTo(mail.to());
      helper.setSubject(mail.subject());
      if (both) {
        helper.setText(mail.text(), mail.html());
      } else if (mail.html() != null) {
        helper.setText(mail.html(), true);
      } else {
        helper.setText(mail.text(), false);
      }
    } catch (MessagingException e) {
      throw new MailPreparationException("Could not build the message to " + mail.to(), e);
    }
    sender.send(message);
  }
}
