package io.lineup.web.data;

import io.lineup.table.TableKind;
import io.lineup.table.TableRequest;
import io.lineup.table.TableRequest.FieldRequest;
import java.util.ArrayList;
import java.util.List;

/** The create-table form as last typed, with blank rows to add fields in. */
record TableForm(TableRequest request, String primaryKey) {

  static final int BLANK_ROWS = 3;

  static TableForm empty() {
    return new TableForm(
        new TableRequest("", TableKind.PROFILE_LIST, null, List.of(), List.of()), "");
  }

  public List<FieldRequest> rows() {
    List<FieldRequest> rows = new ArrayList<>(request.fieldsOrEmpty());
    for (int i = 0; i < BLANK_ROWS; i++) {
      rows.add(new FieldRequest("", null, null));
    }
    return rows;
  }
}
