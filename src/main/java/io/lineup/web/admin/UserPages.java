package io.lineup.web.admin;

import io.lineup.common.InvalidInputException;
import io.lineup.common.LineupException;
import io.lineup.security.Role;
import io.lineup.security.UserRequest;
import io.lineup.security.UserService;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin: the users, a form to add one, and removing one. Admins only (SecurityConfiguration). */
@Controller
class UserPages {

  private final UserService users;

  UserPages(UserService users) {
    this.users = users;
  }

  @GetMapping("/admin/users")
  String list(Model model) {
    model.addAttribute("users", users.list());
    model.addAttribute("roles", Role.values());
    return "users";
  }

  @PostMapping("/admin/users")
  String create(
      @RequestParam String username,
      @RequestParam String password,
      @RequestParam Role role,
      RedirectAttributes flash) {
    try {
      users.create(new UserRequest(username, password, role));
      flash.addFlashAttribute("message", "User '" + username + "' can now sign in");
    } catch (InvalidInputException e) {
      flash.addFlashAttribute(
          "problem",
          String.join("; ", e.errors().stream().map(f -> f.field() + " " + f.message()).toList()));
    } catch (LineupException e) {
      flash.addFlashAttribute("problem", e.getMessage());
    }
    return "redirect:/admin/users";
  }

  @PostMapping("/admin/users/{id}/delete")
  String delete(@PathVariable long id, Principal principal, RedirectAttributes flash) {
    try {
      users.delete(id, principal.getName());
      flash.addFlashAttribute("message", "User removed");
    } catch (LineupException e) {
      flash.addFlashAttribute("problem", e.getMessage());
    }
    return "redirect:/admin/users";
  }
}
