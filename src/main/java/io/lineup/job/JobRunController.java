package io.lineup.job;

import io.lineup.common.NotFoundException;
import io.lineup.load.RejectStore;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/job-runs")
class JobRunController {

  private final JobRunRepository runs;
  private final RejectStore rejects;

  JobRunController(JobRunRepository runs, RejectStore rejects) {
    this.runs = runs;
    this.rejects = rejects;
  }

  @GetMapping("/{id}")
  JobRun get(@PathVariable long id) {
    return run(id);
  }

  /** The rejected records as CSV: each record as it was read, plus a REJECT_REASON column. */
  @GetMapping("/{id}/rejects")
  void rejects(@PathVariable long id, HttpServletResponse response) throws IOException {
    JobRun run = run(id);
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"job-run-" + run.id() + "-rejects.csv\"");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    Writer out = response.getWriter();
    rejects.write(id, out);
    out.flush();
  }

  private JobRun run(long id) {
    return runs.find(id).orElseThrow(() -> new NotFoundException("Job run", id));
  }
}
