package io.lineup.security;

import java.time.Duration;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password authentication (form login and HTTP Basic) behind the {@link LoginThrottle}. */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

  private final LoginThrottle throttle;

  ThrottledAuthenticationProvider(
      UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
    super(users);
    setPasswordEncoder(encoder);
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String username = authentication.getName();
    Duration wait = throttle.waitFor(username);
    if (!wait.isZero()) {
      throw new LockedException(
          "Too many failed logins: try again in " + Math.max(1, wait.toSeconds()) + " s");
    }
    try {
      Authentication result = super.authenticate(authentication);
      throttle.succeeded(username);
      return result;
    } catch (BadCredentialsException e) {
      throttle.failed(username);
      throw e;
    }
  }
}
