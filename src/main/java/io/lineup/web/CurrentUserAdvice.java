package io.lineup.web;

import java.security.Principal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page shows who is signed in. */
@ControllerAdvice(basePackages = "io.lineup.web")
class CurrentUserAdvice {

  @ModelAttribute("currentUser")
  String currentUser(Principal principal) {
    return principal == null ? null : principal.getName();
  }
}
