package io.lineup.web.job;

import io.lineup.common.ConflictException;
import io.lineup.common.FieldError;
import io.lineup.common.InvalidInputException;
import io.lineup.connection.ConnectionService;
import io.lineup.job.Channel;
import io.lineup.job.Compression;
import io.lineup.job.Format;
import io.lineup.job.ImportJob;
import io.lineup.job.JobRequest;
import io.lineup.job.JobService;
import io.lineup.job.PermissionStatus;
import io.lineup.job.TableMode;
import io.lineup.job.UpdateOnMatch;
import io.lineup.table.Field;
import io.lineup.table.TableService;
import io.lineup.web.FieldMessages;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Create import job: target table, source, format, mapping (with a preview of the file), match and
 * merge rule, on one page; Save keeps a draft, Activate saves and activates.
 */
@Controller
class JobWizard {

  private final JobService jobs;
  private final TableService tables;
  private final FilePreview preview;
  private final ConnectionService connections;

  JobWizard(
      JobService jobs, TableService tables, FilePreview preview, ConnectionService connections) {
    this.jobs = jobs;
    this.tables = tables;
    this.preview = preview;
    this.connections = connections;
  }

  @GetMapping("/jobs/new")
  String create(Model model) {
    return page(model, null, JobForm.blank(), FieldMessages.none());
  }

  @GetMapping("/jobs/{id}/edit")
  String edit(@PathVariable long id, Model model) {
    ImportJob job = jobs.get(id);
    return page(model, job, JobForm.of(job), FieldMessages.none());
  }

  @PostMapping({"/jobs/new", "/jobs/{id}/edit"})
  String save(
      @PathVariable(required = false) Long id,
      @RequestParam(defaultValue = "save") String action,
      @RequestParam MultiValueMap<String, String> form,
      Model model,
      RedirectAttributes flash) {
    JobRequest request = JobForm.read(form);
    ImportJob job = id == null ? null : jobs.get(id);
    try {
      job = id == null ? jobs.create(request) : jobs.update(id, request);
      if (action.equals("activate")) {
        job = jobs.activate(job.id());
      }
    } catch (InvalidInputException e) {
      model.addAttribute("problem", "Not saved: fix the fields marked below");
      return page(model, job, request, new FieldMessages(e.errors()));
    } catch (ConflictException e) {
      model.addAttribute("problem", e.getMessage());
      return page(model, job, request, new FieldMessages(List.<FieldError>of()));
    }
    flash.addFlashAttribute("message", "Job '" + job.name() + "' is saved (" + job.status() + ")");
    return "redirect:/?tab=jobs";
  }

  /** The file's first rows, read with the format as typed: an htmx fragment. */
  @PostMapping("/jobs/preview")
  String preview(@RequestParam MultiValueMap<String, String> form, Model model) {
    JobRequest request = JobForm.read(form);
    Format format = request.format();
    FilePreview.Preview p =
        request.source().path() == null
            ? new FilePreview.Preview(List.of(), "Give the file's path first")
            : preview.of(request.source(), format);
    model.addAttribute("preview", p);
    return "job-form :: preview";
  }

  /** The fields of the chosen table, for the mapping and match inputs: an htmx fragment. */
  @GetMapping("/jobs/fields")
  String fields(@RequestParam(defaultValue = "") String table, Model model) {
    model.addAttribute("fields", fieldNames(table));
    return "job-form :: fieldNames";
  }

  private List<String> fieldNames(String table) {
    return tables.list().stream()
        .filter(t -> t.name().equals(table))
        .flatMap(t -> t.fields().stream())
        .map(Field::name)
        .toList();
  }

  private String page(Model model, ImportJob job, JobRequest request, FieldMessages errors) {
    model.addAttribute("job", job);
    model.addAttribute("form", request);
    model.addAttribute("rows", JobForm.rows(request));
    model.addAttribute("errors", errors);
    model.addAttribute("tables", tables.list());
    model.addAttribute("connections", connections.list());
    model.addAttribute("fields", fieldNames(request.table()));
    model.addAttribute("compressions", Compression.values());
    model.addAttribute("updates", UpdateOnMatch.values());
    model.addAttribute("permissions", PermissionStatus.values());
    model.addAttribute("channels", Channel.values());
    model.addAttribute("tableModes", TableMode.values());
    return "job-form";
  }
}
