package io.lineup.campaign;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text with {@code ${FIELD}} placeholders, filled from one member's record. */
record Template(String text) {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

  /** The field names the text uses, in order of first use. */
  Set<String> fields() {
    Set<String> fields = new LinkedHashSet<>();
    if (text != null) {
      Matcher m = PLACEHOLDER.matcher(text);
      while (m.find()) {
        fields.add(m.group(1));
      }
    }
    return fields;
  }

  /** The text with each placeholder replaced by the member's value (empty when null), escaped. */
  String render(Map<String, Object> values, UnaryOperator<String> escape) {
    if (text == null) {
      return null;
    }
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object value = values.get(m.group(1));
      m.appendReplacement(
          out, Matcher.quoteReplacement(escape.apply(value == null ? "" : value.toString())));
    }
    m.appendTail(out);
    return out.toString();
  }

  static String plain(String value) {
    return value;
  }

  static String html(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (char c : value.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
