package io.lineup.table;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tables")
class TableController {

  private final TableService tables;

  TableController(TableService tables) {
    this.tables = tables;
  }

  @GetMapping
  List<TableDefinition> list() {
    return tables.list();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  TableDefinition create(@RequestBody TableRequest request) {
    return tables.create(request);
  }

  @GetMapping("/{name}")
  TableDefinition get(@PathVariable String name) {
    return tables.get(name);
  }

  @DeleteMapping("/{name}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable String name) {
    tables.delete(name);
  }

  @GetMapping("/{name}/records")
  RecordPage records(
      @PathVariable String name,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return tables.records(name, page, size);
  }
}
