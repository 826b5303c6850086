package io.lineup.web;

import io.lineup.security.Role;
import java.security.Principal;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page shows who is signed in, and the admin pages to those who may open them. */
@ControllerAdvice(basePackages = "io.lineup.web")
class CurrentUserAdvice {

  @ModelAttribute("currentUser")
  String currentUser(Principal principal) {
    return principal == null ? null : principal.getName();
  }

  @ModelAttribute("isAdmin")
  boolean isAdmin(Authentication authentication) {
    return has(authentication, Role.ADMIN);
  }

  @ModelAttribute("canAudit")
  boolean canAudit(Authentication authentication) {
    return has(authentication, Role.ADMIN) || has(authentication, Role.DATA_DIRECTOR);
  }

  private static boolean has(Authentication authentication, Role role) {
    return authentication != null
        && authentication.getAuthorities().stream()
            .anyMatch(a -> a.getAuthority().equals(role.authority()));
  }
}
