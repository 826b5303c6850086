package io.lineup.table;

import static io.lineup.common.Identifier.quote;

import io.lineup.common.ConflictException;
import io.lineup.common.Errors;
import io.lineup.common.Identifier;
import io.lineup.common.InvalidInputException;
import io.lineup.common.NotFoundException;
import io.lineup.db.Dialect;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class TableService {

  static final int MAX_PAGE_SIZE = 1000;

  private final TableRepository repository;
  private final JdbcClient jdbc;
  private final Dialect dialect;
  private final Clock clock;

  TableService(TableRepository repository, JdbcClient jdbc, Dialect dialect, Clock clock) {
    this.repository = repository;
    this.jdbc = jdbc;
    this.dialect = dialect;
    this.clock = clock;
  }

  @Transactional
  public TableDefinition create(TableRequest request) {
    Errors errors = new Errors();
    List<Field> userFields = TableRules.check(request, repository::find, errors);
    errors.throwIfAny();
    if (repository.find(request.name()).isPresent()) {
      throw new ConflictException("Table " + request.name() + " already exists");
    }
    List<Field> fields = new ArrayList<>(systemFields(request.kind()));
    fields.addAll(userFields);
    List<String> key =
        request.kind() == TableKind.SUPPLEMENTAL
            ? request.primaryKey()
            : List.of(SystemFields.RIID);
    TableDefinition table =
        new TableDefinition(
            request.name(), request.kind(), request.profileList(), key, fields, clock.instant());
    TableDdl.create(table, dialect).forEach(sql -> jdbc.sql(sql).update());
    repository.insert(table);
    return table;
  }

  public List<TableDefinition> list() {
    return repository.findAll();
  }

  public TableDefinition get(String name) {
    String problem = Identifier.problem(name);
    if (problem != null) {
      throw new InvalidInputException("name", problem);
    }
    return repository.find(name).orElseThrow(() -> new NotFoundException("Table", name));
  }

  @Transactional
  public void delete(String name) {
    TableDefinition table = get(name);
    List<String> dependents = repository.dependents(name);
    if (!dependents.isEmpty()) {
      throw new ConflictException(
          "Table " + name + " is used by " + String.join(", ", dependents) + ": delete them first");
    }
    repository.delete(name);
    jdbc.sql(TableDdl.drop(table)).update();
  }

  public RecordPage records(String name, int page, int size) {
    Errors errors = new Errors();
    errors.require(page >= 0, "page", "must be 0 or more");
    errors.require(size >= 1 && size <= MAX_PAGE_SIZE, "size", "must be 1 to " + MAX_PAGE_SIZE);
    errors.throwIfAny();
    TableDefinition table = get(name);
    long total = jdbc.sql("SELECT COUNT(*) FROM " + quote(name)).query(Long.class).single();
    String order = table.primaryKey().stream().map(k -> quote(k)).collect(Collectors.joining(", "));
    List<Map<String, Object>> rows =
        jdbc.sql("SELECT * FROM " + quote(name) + " ORDER BY " + order + " LIMIT ? OFFSET ?")
            .params(size, (long) page * size)
            .query((rs, i) -> row(table, rs))
            .list();
    return new RecordPage(page, size, total, rows);
  }

  private static Map<String, Object> row(TableDefinition table, ResultSet rs) throws SQLException {
    Map<String, Object> row = new LinkedHashMap<>();
    for (Field field : table.fields()) {
      row.put(field.name(), FieldValues.read(rs, field));
    }
    return row;
  }

  private static List<Field> systemFields(TableKind kind) {
    return switch (kind) {
      case PROFILE_LIST -> SystemFields.PROFILE_LIST;
      case PROFILE_EXTENSION -> SystemFields.PROFILE_EXTENSION;
      case SUPPLEMENTAL -> List.of();
    };
  }
}
