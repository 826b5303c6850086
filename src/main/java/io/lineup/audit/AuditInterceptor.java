package io.lineup.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Clock;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Records every successful change, through the API or the web pages: the user, the action, the
 * resource. An API change succeeded when it answers 2xx; a page's form when it redirects without a
 * "problem" message (a form with errors is shown again, with 200). A created resource's id is taken
 * from the API's answer (see {@link CreatedIdAdvice}) or from the page it redirects to.
 */
@Component
class AuditInterceptor implements HandlerInterceptor {

  static final String PREFIX = "/api/v1/";
  private static final Set<String> NOT_CHANGES = Set.of("/login", "/logout", "/jobs/preview");
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
    if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS") || user == null) {
      return;
    }
    boolean api = uri.startsWith(PREFIX);
    int status = response.getStatus();
    if (api ? status >= 300 : status < 300 || status >= 400 || NOT_CHANGES.contains(uri)) {
      return;
    }
    if (!api && RequestContextUtils.getOutputFlashMap(request).containsKey("problem")) {
      return; // the page refused the change and says why
    }
    AuditAction.Described what =
        AuditAction.describe(method, uri.substring(api ? PREFIX.length() : 1));
    Object created =
        api ? request.getAttribute(CREATED_ID) : idIn(response.getHeader("Location"), what);
    if (what.resourceId() == null && created != null) {
      what = new AuditAction.Described(what.action(), what.resourceType(), created.toString());
    }
    audit.insert(clock.instant(), user.getName(), what, method, uri, status);
  }

  /** The id that follows the resource type in a redirect, as in {@code /groups/5/step/1}. */
  private static String idIn(String location, AuditAction.Described what) {
    if (location == null) {
      return null;
    }
    Matcher m =
        Pattern.compile("/" + Pattern.quote(what.resourceType()) + "/(\\d+)").matcher(location);
    return m.find() ? m.group(1) : null;
  }
}
