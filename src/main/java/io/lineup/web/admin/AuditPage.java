package io.lineup.web.admin;

import io.lineup.audit.AuditRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail with its filters, newest first. */
@Controller
class AuditPage {

  private final AuditRepository audit;

  AuditPage(AuditRepository audit) {
    this.audit = audit;
  }

  @GetMapping("/audit")
  String trail(
      @RequestParam(required = false) String user,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) String resourceType,
      Model model) {
    model.addAttribute(
        "entries",
        audit.find(
            new AuditRepository.Filter(
                blankToNull(user),
                blankToNull(action),
                blankToNull(resourceType),
                null,
                null,
                200)));
    model.addAttribute("user", user);
    model.addAttribute("action", action);
    model.addAttribute("resourceType", resourceType);
    return "audit";
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
