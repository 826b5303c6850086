package io.lineup.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTest {

  @Test
  void namesTheFieldsItUsesOnceEachInOrder() {
    assertThat(new Template("${A} and ${B_} then ${A} but not $A or {A}").fields())
        .containsExactly("A", "B_");
    assertThat(new Template(null).fields()).isEmpty();
  }

  @Test
  void fillsValuesEscapingThemForHtmlOnly() {
    Map<String, Object> values = new HashMap<>();
    values.put("NAME", "<Ann & 'Bo'> $1 \\");
    values.put("AGE", 41L);
    values.put("CITY", null);
    Template t = new Template("Hi ${NAME}, ${AGE}, [${CITY}]");

    assertThat(t.render(values, Template::plain)).isEqualTo("Hi <Ann & 'Bo'> $1 \\, 41, []");
    assertThat(t.render(values, Template::html))
        .isEqualTo("Hi &lt;Ann &amp; &#39;Bo&#39;&gt; $1 \\, 41, []");
  }
}
