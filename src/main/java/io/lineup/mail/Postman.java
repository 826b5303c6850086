package io.lineup.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Hands messages to the SMTP server; a {@link MailException} means one was not accepted. */
@Component
public class Postman {

  private final JavaMailSender sender;

  Postman(JavaMailSender sender) {
    this.sender = sender;
  }

  public void send(MailMessage mail) {
    sender.send(mime(mail));
  }

  /** A connection kept open for several messages, each accepted (or not) on its own. */
  public interface Connection extends AutoCloseable {
    void send(MailMessage mail);

    @Override
    void close();
  }

  public Connection connect() {
    if (!(sender instanceof JavaMailSenderImpl impl)) {
      return new Connection() {
        @Override
        public void send(MailMessage mail) {
          Postman.this.send(mail);
        }

        @Override
        public void close() {}
      };
    }
    return new Connection() {
      private Transport transport;

      @Override
      public void send(MailMessage mail) {
        MimeMessage message = mime(mail);
        try {
          if (transport == null || !transport.isConnected()) {
            transport = impl.getSession().getTransport(impl.getProtocol());
            transport.connect(
                impl.getHost(), impl.getPort(), impl.getUsername(), impl.getPassword());
          }
          message.saveChanges();
          transport.sendMessage(message, message.getAllRecipients());
        } catch (SendFailedException e) {
          if (e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0) {
            throw new RecipientRefusedException("The SMTP server refused " + mail.to(), e);
          }
          close();
          throw new MailSendException("Could not send the message to " + mail.to(), e);
        } catch (MessagingException e) {
          close();
          throw new MailSendException("Could not send the message to " + mail.to(), e);
        }
      }

      @Override
      public void close() {
        if (transport != null) {
          try {
            transport.close();
          } catch (MessagingException e) {
            // the connection is gone either way
          }
          transport = null;
        }
      }
    };
  }

  private MimeMessage mime(MailMessage mail) {
    MimeMessage message = sender.createMimeMessage();
    try {
      boolean both = mail.text() != null && mail.html() != null;
      MimeMessageHelper helper =
          new MimeMessageHelper(message, both, StandardCharsets.UTF_8.name());
      helper.setValidateAddresses(true);
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
    return message;
  }
}
