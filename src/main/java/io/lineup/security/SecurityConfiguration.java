package io.lineup.security;

import static org.springframework.security.config.Customizer.withDefaults;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what. Everything but health needs a signed-in user: GET needs VIEWER, any change needs
 * DATA_DIRECTOR, users need ADMIN (ADMIN > DATA_DIRECTOR > VIEWER). The UI signs in with a form and
 * a session (CSRF-protected); scripts send a personal API token ({@code Authorization: Bearer}) or
 * HTTP Basic.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  static RoleHierarchy roleHierarchy() {
    return RoleHierarchyImpl.withDefaultRolePrefix()
        .role("ADMIN")
        .implies("DATA_DIRECTOR")
        .role("DATA_DIRECTOR")
        .implies("VIEWER")
        .build();
  }

  @Bean
  SecurityFilterChain filterChain(
      HttpSecurity http,
      TokenService tokens,
      UserDetailsService users,
      PasswordEncoder encoder,
      LoginThrottle throttle)
      throws Exception {
    RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
    AuthenticationEntryPoint problem401 =
        (request, response, e) ->
            ProblemResponses.write(
                response,
                HttpStatus.UNAUTHORIZED,
                "Sign in: send an API token (Authorization: Bearer) or HTTP Basic credentials. "
                    + e.getMessage());
    http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/actuator/health", "/actuator/health/**", "/error", "/login")
                    .permitAll()
                    .requestMatchers("/css/**", "/js/**", "/webjars/**", "/favicon.ico")
                    .permitAll()
                    .requestMatchers("/api/v1/users/**", "/admin/**")
                    .hasRole("ADMIN")
                    .requestMatchers("/api/v1/tokens/**")
                    .authenticated()
                    .requestMatchers("/api/v1/audit/**", "/audit")
                    .hasRole("DATA_DIRECTOR")
                    .requestMatchers(HttpMethod.GET, "/**")
                    .hasRole("VIEWER")
                    .requestMatchers(HttpMethod.HEAD, "/**")
                    .hasRole("VIEWER")
                    .anyRequest()
                    .hasRole("DATA_DIRECTOR"))
        .authenticationProvider(new ThrottledAuthenticationProvider(users, encoder, throttle))
        .addFilterBefore(new ApiTokenFilter(tokens, users), BasicAuthenticationFilter.class)
        .httpBasic(basic -> basic.authenticationEntryPoint(problem401))
        .formLogin(withDefaults())
        .logout(withDefaults())
        // CSRF guards what a browser session can do. A request that brings its own credentials, or
        // an API call with no session at all, cannot ride on a session.
        .csrf(
            csrf ->
                csrf.ignoringRequestMatchers(
                    r ->
                        r.getHeader("Authorization") != null
                            || (api.matches(r) && r.getRequestedSessionId() == null)))
        .exceptionHandling(
            errors ->
                errors
                    .defaultAuthenticationEntryPointFor(problem401, api)
                    .defaultAccessDeniedHandlerFor(
                        (request, response, e) ->
                            ProblemResponses.write(
                                response,
                                HttpStatus.FORBIDDEN,
                                "Your role does not allow this: "
                                    + request.getMethod()
                                    + " "
                                    + request.getRequestURI()),
                        api)
                    .defaultAccessDeniedHandlerFor(
                        new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE))
        .headers(
            headers ->
                headers.referrerPolicy(
                    referrer ->
                        referrer.policy(
                            ReferrerPolicyHeaderWriter.ReferrerPolicy
                                .STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
    return http.build();
  }
}
