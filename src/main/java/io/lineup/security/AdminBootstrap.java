package io.lineup.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.stereotype.Component;

/**
 * On the first start, with no users at all, creates {@code admin} with the ADMIN role. Its password
 * is {@code LINEUP_ADMIN_PASSWORD}, or a generated one printed once to the log.
 */
@Component
@DependsOnDatabaseInitialization
class AdminBootstrap implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

  private final UserService users;
  private final String configuredPassword;

  AdminBootstrap(UserService users, @Value("${lineup.admin-password:}") String configuredPassword) {
    this.users = users;
    this.configuredPassword = configuredPassword;
  }

  @Override
  public void afterPropertiesSet() {
    if (!users.noUsers()) {
      return;
    }
    boolean generated = configuredPassword.isBlank();
    String password = generated ? generate() : configuredPassword;
    users.create(new UserRequest("admin", password, Role.ADMIN));
    if (generated) {
      log.warn(
          "Created user 'admin' with the generated password {} - it is shown only this once;"
              + " change it, or set LINEUP_ADMIN_PASSWORD before the first start",
          password);
    } else {
      log.info("Created user 'admin' with the password from LINEUP_ADMIN_PASSWORD");
    }
  }

  private static String generate() {
    byte[] bytes = new byte[15];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
