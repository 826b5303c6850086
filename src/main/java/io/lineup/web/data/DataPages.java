package io.lineup.web.data;

import io.lineup.common.ConflictException;
import io.lineup.common.FieldError;
import io.lineup.common.InvalidInputException;
import io.lineup.table.FieldType;
import io.lineup.table.TableDefinition;
import io.lineup.table.TableKind;
import io.lineup.table.TableRequest;
import io.lineup.table.TableRequest.FieldRequest;
import io.lineup.table.TableService;
import io.lineup.web.FieldMessages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Data: the tables, a form to create one with its fields, and its records page by page. */
@Controller
class DataPages {

  static final int PAGE_SIZE = 25;

  private final TableService tables;

  DataPages(TableService tables) {
    this.tables = tables;
  }

  @GetMapping("/tables")
  String list(Model model) {
    model.addAttribute("tables", tables.list());
    return "tables";
  }

  @GetMapping("/tables/new")
  String form(Model model) {
    return form(model, TableForm.empty(), FieldMessages.none());
  }

  @PostMapping("/tables/new")
  String create(
      @RequestParam String name,
      @RequestParam TableKind kind,
      @RequestParam(required = false) String profileList,
      @RequestParam(defaultValue = "") String primaryKey,
      @RequestParam(name = "fieldName", defaultValue = "") List<String> names,
      @RequestParam(name = "fieldType", defaultValue = "") List<String> types,
      @RequestParam(name = "fieldLength", defaultValue = "") List<String> lengths,
      Model model) {
    List<FieldRequest> fields = new ArrayList<>();
    List<FieldError> unreadable = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).isBlank()) {
        continue;
      }
      FieldType type = FieldType.valueOf(types.get(i));
      Integer length = null;
      String l = i < lengths.size() ? lengths.get(i).trim() : "";
      if (!l.isEmpty()) {
        try {
          length = Integer.valueOf(l);
        } catch (NumberFormatException e) {
          unreadable.add(new FieldError("fields[" + fields.size() + "].length", "is not a number"));
        }
      }
      fields.add(new FieldRequest(names.get(i).trim(), type, length));
    }
    List<String> key =
        Arrays.stream(primaryKey.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    TableRequest request =
        new TableRequest(
            name.trim(),
            kind,
            kind == TableKind.PROFILE_EXTENSION ? profileList : null,
            kind == TableKind.SUPPLEMENTAL ? key : null,
            fields);
    TableForm form = new TableForm(request, primaryKey);
    try {
      if (!unreadable.isEmpty()) {
        throw new InvalidInputException(unreadable);
      }
      TableDefinition table = tables.create(request);
      return "redirect:/tables/" + table.name();
    } catch (InvalidInputException e) {
      return form(model, form, new FieldMessages(e.errors()));
    } catch (ConflictException e) {
      return form(model, form, new FieldMessages(List.of(new FieldError("name", e.getMessage()))));
    }
  }

  @GetMapping("/tables/{name}")
  String records(
      @PathVariable String name, @RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("table", tables.get(name));
    model.addAttribute("page", tables.records(name, Math.max(page, 0), PAGE_SIZE));
    return "table";
  }

  private String form(Model model, TableForm form, FieldMessages errors) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", TableKind.values());
    model.addAttribute("types", FieldType.values());
    model.addAttribute(
        "profileLists",
        tables.list().stream().filter(t -> t.kind() == TableKind.PROFILE_LIST).toList());
    return "table-form";
  }
}
