package io.lineup.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class LineupUserDetailsService implements UserDetailsService {

  private final UserRepository users;

  LineupUserDetailsService(UserRepository users) {
    this.users = users;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    UserRepository.Credentials credentials =
        users
            .credentials(username)
            .orElseThrow(() -> new UsernameNotFoundException("No user " + username));
    return new User(
        username,
        credentials.passwordHash(),
        List.of(new SimpleGrantedAuthority(credentials.user().role().authority())));
  }
}
