package io.lineup.web.group;

import io.lineup.common.Errors;
import io.lineup.group.GroupRequest;
import org.springframework.util.MultiValueMap;

/** One step of the group wizard: it reads its part of the form into the group being saved. */
interface WizardStep {

  int number();

  /** The field paths this step edits, as the server names them ({@code schedule}). */
  String fieldPrefix();

  /** The request with this step's part taken from the form; unreadable values go to errors. */
  GroupRequest apply(GroupRequest current, MultiValueMap<String, String> form, Errors errors);

  static String first(MultiValueMap<String, String> form, String name) {
    String value = form.getFirst(name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  static Integer integer(
      MultiValueMap<String, String> form, String name, String field, Errors errors) {
    String value = first(form, name);
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      errors.add(field, "'" + value + "' is not a whole number");
      return null;
    }
  }
}
