package io.lineup.web.connection;

import io.lineup.common.InvalidInputException;
import io.lineup.common.LineupException;
import io.lineup.connection.Connection;
import io.lineup.connection.ConnectionRequest;
import io.lineup.connection.ConnectionService;
import io.lineup.web.FieldMessages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** SFTP connections: the list (never a secret), a form to add one, Test and Delete. */
@Controller
class ConnectionPages {

  private final ConnectionService connections;

  ConnectionPages(ConnectionService connections) {
    this.connections = connections;
  }

  @GetMapping("/connections")
  String list(Model model) {
    return page(model, emptyRequest(), FieldMessages.none());
  }

  @PostMapping("/connections/new")
  String create(
      @RequestParam String name,
      @RequestParam String host,
      @RequestParam(required = false) Integer port,
      @RequestParam String username,
      @RequestParam(required = false) String password,
      @RequestParam(required = false) String privateKey,
      @RequestParam(required = false) String hostKey,
      Model model,
      RedirectAttributes flash) {
    ConnectionRequest request =
        new ConnectionRequest(
            name,
            host,
            port,
            username,
            blank(password),
            blank(privateKey),
            blank(hostKey),
            null,
            null);
    try {
      Connection saved = connections.create(request);
      flash.addFlashAttribute(
          "message", "Connection '" + saved.name() + "' is saved: test it to pin its host key");
      return "redirect:/connections";
    } catch (InvalidInputException e) {
      return page(model, request, new FieldMessages(e.errors()));
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

  private String page(Model model, ConnectionRequest form, FieldMessages errors) {
    model.addAttribute("connections", connections.list());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "connections";
  }

  private static ConnectionRequest emptyRequest() {
    return new ConnectionRequest(null, null, 22, null, null, null, null, null, null);
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
