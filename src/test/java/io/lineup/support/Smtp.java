package io.lineup.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One real SMTP server (GreenMail) per JVM, on a port fixed when the JVM starts so that Lineup's
 * {@code spring.mail.port} points at it. It starts when a test first asks for it, and can be
 * stopped and started again on the same port; messages received before a stop are kept.
 */
public final class Smtp {

  private static final int PORT = freePort();
  private static final List<MimeMessage> EARLIER = new ArrayList<>();
  private static GreenMail server;

  private Smtp() {}

  public static int port() {
    return PORT;
  }

  public static synchronized void start() {
    if (server == null) {
      server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      server.start();
    }
  }

  public static synchronized void stop() {
    if (server != null) {
      EARLIER.addAll(Arrays.asList(server.getReceivedMessages()));
      server.stop();
      server = null;
    }
  }

  /** Every message received so far. */
  public static synchronized List<MimeMessage> messages() {
    List<MimeMessage> all = new ArrayList<>(EARLIER);
    if (server != null) {
      all.addAll(Arrays.asList(server.getReceivedMessages()));
    }
    return all;
  }

  /** Every message received so far whose To is {@code address}, in the order received. */
  public static synchronized List<MimeMessage> messagesTo(String address) {
    return messages().stream().filter(m -> to(m).equalsIgnoreCase(address)).toList();
  }

  public static String to(MimeMessage message) {
    try {
      var to = message.getRecipients(Message.RecipientType.TO);
      return to == null || to.length == 0 ? "" : to[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The message's subject, plain text and HTML parts. */
  public record Mail(String to, String subject, String text, String html) {}

  public static Mail read(MimeMessage message) {
    try {
      String[] parts = new String[2];
      collect(message, parts);
      return new Mail(to(message), message.getSubject(), parts[0], parts[1]);
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void collect(jakarta.mail.Part part, String[] parts)
      throws MessagingException, IOException {
    if (part.isMimeType("text/plain")) {
      parts[0] = (String) part.getContent();
    } else if (part.isMimeType("text/html")) {
      parts[1] = (String) part.getContent();
    } else if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        collect(multipart.getBodyPart(i), parts);
      }
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
