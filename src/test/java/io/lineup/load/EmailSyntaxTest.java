package io.lineup.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand-written address check agrees with the regular expression that states the rule (with
 * DOTALL, so that "no doubled dot" holds past any character).
 */
class EmailSyntaxTest {

  private static final Pattern RULE =
      Pattern.compile(
          "(?!\\.)(?!.*\\.\\.)[^\\s\\p{Z}\\p{Cntrl}@<>\"()\\[\\]\\\\]{1,64}(?<!\\.)"
              + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
              + "(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+",
          Pattern.DOTALL);

  private static final String CHARS =
      "abcXYZ019.-_+@ \"\\<>()[]\t\u00e9\u3000\u0001\u007f\u0085\u2028";

  @Property(tries = 3000)
  void agreesWithTheRuleOnAnyText(@ForAll("text") String text) {
    assertThat(EmailSyntax.valid(text)).as(text).isEqualTo(RULE.matcher(text).matches());
  }

  @Property(tries = 3000)
  void agreesWithTheRuleOnAddressLikeText(@ForAll("addresses") String address) {
    assertThat(EmailSyntax.valid(address)).as(address).isEqualTo(RULE.matcher(address).matches());
  }

  @Example
  void knowsTheUsualCases() {
    assertThat(EmailSyntax.valid("ann.lee+news@mail.example.co.uk")).isTrue();
    assertThat(EmailSyntax.valid("zoë@example.com")).isTrue();
    assertThat(EmailSyntax.valid("😀@example.com")).isTrue();
    assertThat(EmailSyntax.valid("a".repeat(64) + "@example.com")).isTrue();
    assertThat(EmailSyntax.valid("a".repeat(65) + "@example.com")).isFalse();
    assertThat(EmailSyntax.valid("a@" + "b".repeat(63) + ".com")).isTrue();
    assertThat(EmailSyntax.valid("a@" + "b".repeat(64) + ".com")).isFalse();
    assertThat(EmailSyntax.valid("a@localhost")).isFalse();
    assertThat(EmailSyntax.valid("a..b@example.com")).isFalse();
    assertThat(EmailSyntax.valid(".a@example.com")).isFalse();
    assertThat(EmailSyntax.valid("a.@example.com")).isFalse();
    assertThat(EmailSyntax.valid("a@-example.com")).isFalse();
    assertThat(EmailSyntax.valid("a@example-.com")).isFalse();
    assertThat(EmailSyntax.valid("a b@example.com")).isFalse();
    assertThat(EmailSyntax.valid("a@b@example.com")).isFalse();
    assertThat(EmailSyntax.valid("\"a\"@example.com")).isFalse();
    assertThat(EmailSyntax.valid("a@[127.0.0.1]")).isFalse();
  }

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.strings().withChars(CHARS).ofMaxLength(20);
  }

  @Provide
  Arbitrary<String> addresses() {
    Arbitrary<String> local =
        Arbitraries.oneOf(
            Arbitraries.strings().withChars("ab.+_\u00e9\u0085 \"").ofMinLength(0).ofMaxLength(6),
            Arbitraries.strings().withChars("a").ofMinLength(62).ofMaxLength(66),
            Arbitraries.just("\ud83d\ude00"));
    Arbitrary<String> label =
        Arbitraries.oneOf(
            Arbitraries.strings().withChars("aZ0-_").ofMinLength(0).ofMaxLength(5),
            Arbitraries.strings().withChars("b").ofMinLength(62).ofMaxLength(65));
    Arbitrary<String> domain =
        label.list().ofMinSize(1).ofMaxSize(4).map(labels -> String.join(".", labels));
    return Combinators.combine(local, domain).as((l, d) -> l + "@" + d);
  }
}
