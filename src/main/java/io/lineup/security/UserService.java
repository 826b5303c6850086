package io.lineup.security;

import io.lineup.common.ConflictException;
import io.lineup.common.Errors;
import io.lineup.common.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class UserService {

  static final int MIN_PASSWORD = 12;
  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

  private final UserRepository users;
  private final PasswordEncoder encoder;
  private final Clock clock;

  UserService(UserRepository users, PasswordEncoder encoder, Clock clock) {
    this.users = users;
    this.encoder = encoder;
    this.clock = clock;
  }

  @Transactional
  public AppUser create(UserRequest request) {
    Errors errors = new Errors();
    errors.require(
        request.username() != null && USERNAME.matcher(request.username()).matches(),
        "username",
        "1 to 100 letters, digits and . _ @ -");
    checkPassword(request.password(), errors);
    errors.require(request.role() != null, "role", "ADMIN, DATA_DIRECTOR or VIEWER");
    errors.throwIfAny();
    if (users.credentials(request.username()).isPresent()) {
      throw new ConflictException("User " + request.username() + " already exists");
    }
    long id =
        users.insert(
            request.username(),
            encoder.encode(request.password()),
            request.role(),
            clock.instant());
    return get(id);
  }

  /** Changes the role, and the password when one is given. */
  @Transactional
  public AppUser update(long id, UserRequest request) {
    get(id);
    Errors errors = new Errors();
    if (request.password() != null) {
      checkPassword(request.password(), errors);
    }
    errors.require(request.role() != null, "role", "ADMIN, DATA_DIRECTOR or VIEWER");
    errors.throwIfAny();
    users.update(
        id, request.password() == null ? null : encoder.encode(request.password()), request.role());
    return get(id);
  }

  public AppUser get(long id) {
    return users.find(id).orElseThrow(() -> new NotFoundException("User", id));
  }

  public List<AppUser> list() {
    return users.findAll();
  }

  @Transactional
  public void delete(long id, String byUsername) {
    AppUser user = get(id);
    if (user.username().equals(byUsername)) {
      throw new ConflictException("You cannot delete yourself");
    }
    users.delete(id);
  }

  boolean noUsers() {
    return users.count() == 0;
  }

  private static void checkPassword(String password, Errors errors) {
    errors.require(
        password != null && password.length() >= MIN_PASSWORD,
        "password",
        "at least " + MIN_PASSWORD + " characters");
  }
}
