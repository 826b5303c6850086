package io.lineup.web.connection;

import io.lineup.common.Errors;
import io.lineup.common.InvalidInputException;
import io.lineup.common.LineupException;
import io.lineup.connection.Connection;
import io.lineup.connection.ConnectionRequest;
import io.lineup.connection.ConnectionService;
import io.lineup.web.FieldMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** SFTP connections: the list (never a secret), a form to add one, Edit, Test and Delete. */
@Controller
class ConnectionPages {

  private final ConnectionService connections;

  ConnectionPages(ConnectionService connections) {
    this.connections = connections;
  }

  /** The form as typed: numbers as text, so that a typo is a message, not an error page. */
  record ConnectionForm(
      String name,
      String host,
      String port,
      String username,
      String password,
      String privateKey,
      String hostKey,
      String connectTimeoutSeconds,
      String readTimeoutSeconds) {

    /** Never the secret typed. */
    @Override
    public String toString() {
      return "ConnectionForm[" + name + ", " + username + "@" + host + ":" + port + "]";
    }

    static ConnectionForm of(Connection c) {
      return new ConnectionForm(
          c.name(),
          c.host(),
          Integer.toString(c.port()),
          c.username(),
          null,
          null,
          c.hostKey(),
          Integer.toString(c.connectTimeoutSeconds()),
          Integer.toString(c.readTimeoutSeconds()));
    }

    /**
     * The request; with {@code forgetHostKey} an empty key, which forgets the pinned one (the box
     * wins over the key still shown in its field).
     */
    ConnectionRequest request(boolean forgetHostKey) {
      Errors errors = new Errors();
      Integer p = number(port, "port", errors);
      Integer connect = number(connectTimeoutSeconds, "connectTimeoutSeconds", errors);
      Integer read = number(readTimeoutSeconds, "readTimeoutSeconds", errors);
      errors.throwIfAny();
      return new ConnectionRequest(
          name,
          host,
          p,
          username,
          blank(password),
          blank(privateKey),
          forgetHostKey ? "" : blank(hostKey),
          connect,
          read);
    }

    private static Integer number(String text, String field, Errors errors) {
      if (text == null || text.isBlank()) {
        return null;
      }
      try {
        return Integer.valueOf(text.strip());
      } catch (NumberFormatException e) {
        errors.add(field, "'" + text + "' is not a whole number");
        return null;
      }
    }

    private static String blank(String value) {
      return value == null || value.isBlank() ? null : value;
    }
  }

  @GetMapping("/connections")
  String list(Model model) {
    return page(
        model,
        new ConnectionForm(null, null, "22", null, null, null, null, null, null),
        FieldMessages.none());
  }

  @PostMapping("/connections/new")
  String create(@ModelAttribute ConnectionForm form, Model model, RedirectAttributes flash) {
    try {
      Connection saved = connections.create(form.request(false));
      flash.addFlashAttribute(
          "message",
          "Connection '"
              + saved.name()
              + "' is saved: "
              + (saved.hostKey() == null ? "test it to pin its host key" : "test it"));
      return "redirect:/connections";
    } catch (InvalidInputException e) {
      return page(model, form, new FieldMessages(e.errors()));
    }
  }

  @GetMapping("/connections/{id}/edit")
  String edit(@PathVariable long id, Model model) {
    return editPage(model, id, ConnectionForm.of(connections.get(id)), FieldMessages.none());
  }

  @PostMapping("/connections/{id}/edit")
  String update(
      @PathVariable long id,
      @ModelAttribute ConnectionForm form,
      @RequestParam(defaultValue = "false") boolean forgetHostKey,
      Model model,
      RedirectAttributes flash) {
    try {
      Connection saved = connections.update(id, form.request(forgetHostKey));
      flash.addFlashAttribute(
          "message",
          "Connection '"
              + saved.name()
              + "' is saved"
              + (saved.hostKey() == null ? ": its next Test or run pins the host key" : ""));
      return "redirect:/connections";
    } catch (InvalidInputException e) {
      return editPage(model, id, form, new FieldMessages(e.errors()));
    }
  }

  @PostMapping("/connections/{id}/test")
  String test(@PathVariable long id, RedirectAttributes flash) {
    ConnectionService.TestResult result = connections.test(id);
    flash.addFlashAttribute(result.ok() ? "message" : "problem", result.message());
    return "redirect:/connections";
  }

  @PostMapping("/connections/{id}/delete")
  String delete(@PathVariable long id, RedirectAttributes flash) {
    try {
      connections.delete(id);
      flash.addFlashAttribute("message", "Connection removed");
    } catch (LineupException e) {
      flash.addFlashAttribute("problem", e.getMessage());
    }
    return "redirect:/connections";
  }

  private String page(Model model, ConnectionForm form, FieldMessages errors) {
    model.addAttribute("connections", connections.list());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "connections";
  }

  private String editPage(Model model, long id, ConnectionForm form, FieldMessages errors) {
    model.addAttribute("id", id);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "connection-form";
  }
}
