package io.lineup.security;

import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own API tokens. */
@RestController
@RequestMapping("/api/v1/tokens")
class TokenController {

  record TokenRequest(String name) {}

  private final TokenService tokens;

  TokenController(TokenService tokens) {
    this.tokens = tokens;
  }

  @GetMapping
  List<ApiToken> list(Principal principal) {
    return tokens.list(principal.getName());
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  NewApiToken create(@RequestBody TokenRequest request, Principal principal) {
    return tokens.create(principal.getName(), request.name());
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void revoke(@PathVariable long id, Principal principal) {
    tokens.revoke(principal.getName(), id);
  }
}
