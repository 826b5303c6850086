package io.lineup.job;

import io.lineup.run.RunService;
import io.lineup.run.Trigger;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/jobs")
class JobController {

  private final JobService jobs;
  private final RunService runs;

  JobController(JobService jobs, RunService runs) {
    this.jobs = jobs;
    this.runs = runs;
  }

  @GetMapping
  List<ImportJob> list() {
    return jobs.list();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  ImportJob create(@RequestBody JobRequest request) {
    return jobs.create(request);
  }

  @GetMapping("/{id}")
  ImportJob get(@PathVariable long id) {
    return jobs.get(id);
  }

  @PutMapping("/{id}")
  ImportJob update(@PathVariable long id, @RequestBody JobRequest request) {
    return jobs.update(id, request);
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id) {
    jobs.delete(id);
  }

  @PostMapping("/{id}/activate")
  ImportJob activate(@PathVariable long id) {
    return jobs.activate(id);
  }

  @PostMapping("/{id}/deactivate")
  ImportJob deactivate(@PathVariable long id) {
    return jobs.deactivate(id);
  }

  @PostMapping("/{id}/runs")
  @ResponseStatus(HttpStatus.ACCEPTED)
  JobRun run(@PathVariable long id) {
    return runs.startJob(id, Trigger.API);
  }

  @GetMapping("/{id}/runs")
  List<JobRun> history(@PathVariable long id, @RequestParam(defaultValue = "50") int limit) {
    return jobs.runs(id, Math.min(Math.max(limit, 1), 500));
  }
}
