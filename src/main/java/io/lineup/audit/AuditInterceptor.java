package io.lineup.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Records every successful change made through the API: the user, the action, the resource. A
 * created resource's id is taken from the answer (see {@link CreatedIdAdvice}).
 */
@Component
class AuditInterceptor implements HandlerInterceptor {

  static final String PREFIX = "/api/v1/";
  static final String CREATED_ID = AuditInterceptor.class.getName() + ".createdId";

  private final AuditRepository audit;
  private final Clock clock;

  AuditInterceptor(AuditRepository audit, Clock clock) {
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public void afterCompletion(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
    String method = request.getMethod();
    String uri = request.getRequestURI();
    Principal user = request.getUserPrincipal();
    if (method.equals("GET")
        || method.equals("HEAD")
        || method.equals("OPTIONS")
        || !uri.startsWith(PREFIX)
        || response.getStatus() >= 400
        || user == null) {
      return;
    }
    AuditAction.Described what = AuditAction.describe(method, uri.substring(PREFIX.length()));
    Object created = request.getAttribute(CREATED_ID);
    if (what.resourceId() == null && created != null) {
      what = new AuditAction.Described(what.action(), what.resourceType(), created.toString());
    }
    audit.insert(clock.instant(), user.getName(), what, method, uri, response.getStatus());
  }
}
