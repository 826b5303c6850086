package io.lineup.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail, newest first, with filters. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

  private final AuditRepository audit;

  AuditController(AuditRepository audit) {
    this.audit = audit;
  }

  @GetMapping
  List<AuditEntry> find(
      @RequestParam(required = false) String user,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) String resourceType,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant to,
      @RequestParam(defaultValue = "100") int limit) {
    return audit.find(
        new AuditRepository.Filter(
            user, action, resourceType, from, to, Math.min(Math.max(limit, 1), 1000)));
  }
}
