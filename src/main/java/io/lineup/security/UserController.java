package io.lineup.security;

import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Users, for admins only (see {@link SecurityConfiguration}). */
@RestController
@RequestMapping("/api/v1/users")
class UserController {

  private final UserService users;

  UserController(UserService users) {
    this.users = users;
  }

  @GetMapping
  List<AppUser> list() {
    return users.list();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  AppUser create(@RequestBody UserRequest request) {
    return users.create(request);
  }

  @GetMapping("/{id}")
  AppUser get(@PathVariable long id) {
    return users.get(id);
  }

  @PutMapping("/{id}")
  AppUser update(@PathVariable long id, @RequestBody UserRequest request) {
    return users.update(id, request);
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id, Principal principal) {
    users.delete(id, principal.getName());
  }
}
