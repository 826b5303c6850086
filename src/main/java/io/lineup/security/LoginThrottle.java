package io.lineup.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #FREE_ATTEMPTS} failed logins in a row, a username is
 * refused for a wait that doubles with each further failure (1 s, 2 s, 4 s ... at most 15 minutes).
 * A success clears it. Kept per node, in memory.
 */
@Component
class LoginThrottle {

  static final int FREE_ATTEMPTS = 5;
  static final Duration MAX_WAIT = Duration.ofMinutes(15);

  private record Failures(int count, Instant blockedUntil) {}

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long {@code username} must still wait before trying again; zero when it may try. */
  Duration waitFor(String username) {
    Failures f = failures.get(username);
    if (f == null || f.blockedUntil() == null) {
      return Duration.ZERO;
    }
    Duration wait = Duration.between(clock.instant(), f.blockedUntil());
    return wait.isNegative() ? Duration.ZERO : wait;
  }

  void failed(String username) {
    failures.compute(
        username,
        (name, f) -> {
          int count = f == null ? 1 : f.count() + 1;
          if (count < FREE_ATTEMPTS) {
            return new Failures(count, null);
          }
          long seconds = 1L << Math.min(count - FREE_ATTEMPTS, 20);
          Duration wait = Duration.ofSeconds(Math.min(seconds, MAX_WAIT.toSeconds()));
          return new Failures(count, clock.instant().plus(wait));
        });
  }

  void succeeded(String username) {
    failures.remove(username);
  }
}
