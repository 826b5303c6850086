package io.lineup.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lineup.table.Field;
import io.lineup.table.FieldType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueParserTest {

  private static final Field NAME = new Field("NAME", FieldType.TEXT, 5, false);
  private static final Field AGE = new Field("AGE", FieldType.INTEGER, null, false);
  private static final Field PRICE = new Field("PRICE", FieldType.NUMBER, null, false);
  private static final Field BORN = new Field("BORN", FieldType.DATE, null, false);
  private static final Field SEEN = new Field("SEEN", FieldType.TIMESTAMP, null, false);
  private static final Field VIP = new Field("VIP", FieldType.BOOLEAN, null, false);

  @Test
  void textIsKeptExactlyAsWritten() throws Exception {
    assertThat(ValueParser.parse(NAME, " a b ")).isEqualTo(" a b ");
    assertThat(ValueParser.parse(NAME, "Élo€")).isEqualTo("Élo€");
  }

  @Test
  void anEmptyValueIsNullWhateverTheType() throws Exception {
    for (Field field : new Field[] {NAME, AGE, PRICE, BORN, SEEN, VIP}) {
      assertThat(ValueParser.parse(field, "")).isNull();
    }
  }

  @Test
  void textLongerThanItsFieldIsRefused() {
    assertThatThrownBy(() -> ValueParser.parse(NAME, "sixsix"))
        .hasMessage("NAME: longer than 5 characters");
  }

  @Test
  void numbersKeepEveryDigit() throws Exception {
    assertThat(ValueParser.parse(AGE, "-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
    assertThat(ValueParser.parse(PRICE, "12345678901234567890.000000000001"))
        .isEqualTo(new BigDecimal("12345678901234567890.000000000001"));
    assertThat(((BigDecimal) ValueParser.parse(PRICE, "1.50")).scale()).isEqualTo(2);
  }

  @Test
  void datesAndTimestampsFollowTheirPatternStrictly() throws Exception {
    assertThat(ValueParser.parse(BORN, "2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(ValueParser.parse(SEEN, "2026-12-31 23:59:58"))
        .isEqualTo(LocalDateTime.of(2026, 12, 31, 23, 59, 58));
    assertThatThrownBy(() -> ValueParser.parse(BORN, "2023-02-29"))
        .hasMessage("BORN: '2023-02-29' is not a date like 2026-12-31");
    assertThatThrownBy(() -> ValueParser.parse(SEEN, "2026-12-31T23:59:58"))
        .hasMessageContaining("is not a timestamp");
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", "TRUE", "Y", "yes", "1"})
  void commonSpellingsOfTrueAreTrue(String raw) throws Exception {
    assertThat(ValueParser.parse(VIP, raw)).isEqualTo(Boolean.TRUE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"12a", " 12", "1.5", "99999999999999999999"})
  void anIntegerMustBeAWholeNumberWithNothingAround(String raw) {
    assertThatThrownBy(() -> ValueParser.parse(AGE, raw)).hasMessageContaining("is not an integer");
  }

  @Test
  void otherValuesAreRefusedWithTheFieldNamed() {
    assertThatThrownBy(() -> ValueParser.parse(PRICE, "1,5"))
        .hasMessage("PRICE: '1,5' is not a number");
    assertThatThrownBy(() -> ValueParser.parse(VIP, "maybe"))
        .hasMessage("VIP: 'maybe' is not true or false");
  }
}
