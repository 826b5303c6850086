package io.lineup.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineup.job.Channel;
import io.lineup.job.Format;
import io.lineup.job.MergeRule;
import io.lineup.table.Field;
import io.lineup.table.FieldType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Date patterns per job and a profile list's own rules: email, mobile, permission, channel. */
class ValueRulesTest {

  private static final Field EMAIL = new Field("EMAIL_ADDRESS_", FieldType.TEXT, 255, false);
  private static final Field MOBILE = new Field("MOBILE_NUMBER_", FieldType.TEXT, 32, false);
  private static final Field PERMISSION =
      new Field("EMAIL_PERMISSION_STATUS_", FieldType.TEXT, 1, false);
  private static final Field BORN = new Field("BORN", FieldType.DATE, null, false);
  private static final Field SEEN = new Field("SEEN", FieldType.TIMESTAMP, null, false);

  @Test
  void datesAndTimestampsFollowTheJobsPatternsStrictly() throws Exception {
    ValueFormats formats =
        ValueFormats.of(
            new Format(null, null, null, null, null, "dd/MM/yyyy", "MM/dd/yy HH:mm", null));
    assertThat(ValueParser.parse(BORN, "29/02/2024", formats)).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(ValueParser.parse(SEEN, "12/31/26 23:59", formats))
        .isEqualTo(LocalDateTime.of(2026, 12, 31, 23, 59));
    assertThat(outcome(parser(BORN), "29/02/2023"))
        .isEqualTo("INVALID DATA FORMAT: BORN: '29/02/2023' is not a date like 31/12/2026");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ann@example.com",
        "o'neil+tag@sub.example.co.uk",
        "x@a-b.io",
        "A.B@EXAMPLE.COM",
        "quoted,comma@example.com"
      })
  void validAddressesPassAsWritten(String email) {
    assertThat(outcome(parser(EMAIL), email)).isEqualTo(email);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ann",
        "ann@",
        "@example.com",
        "ann@example",
        "a b@example.com",
        "ann@@example.com",
        ".ann@example.com",
        "ann.@example.com",
        "a..b@example.com",
        "ann@-x.com",
        " ann@example.com",
        "ann\u00A0x@example.com"
      })
  void malformedAddressesAreRejected(String email) {
    assertThat(outcome(parser(EMAIL), email))
        .isEqualTo("INVALID FORMAT FOR EMAIL ADDRESS: '" + email + "'");
  }

  @Test
  void mobileNumbersHaveSixToFifteenDigits() {
    RecordParser parser = parser(MOBILE);
    assertThat(outcome(parser, "123456")).isEqualTo("123456");
    assertThat(outcome(parser, "447700900123456")).isEqualTo("447700900123456");
    for (String bad : List.of("12345", "4477009001234567", "+447700900123", "0770 090 0123")) {
      assertThat(outcome(parser, bad)).isEqualTo("INVALID FORMAT FOR MOBILE NUMBER: '" + bad + "'");
    }
  }

  @Test
  void theFilesOptInAndOptOutValuesBecomeTheStoredCodes() {
    MergeRule rule = new MergeRule(null, null, null, "yes", "no", null);
    RecordParser parser = parser(rule, PERMISSION);
    assertThat(outcome(parser, "yes")).isEqualTo("I");
    assertThat(outcome(parser, "no")).isEqualTo("O");
    assertThat(outcome(parser, "")).isNull();
    assertThat(outcome(parser, "YES"))
        .isEqualTo(
            "INVALID DATA FORMAT: EMAIL_PERMISSION_STATUS_: 'YES' is neither the opt-in value"
                + " 'yes' nor the opt-out value 'no'");
    assertThat(outcome(parser(PERMISSION), "I")).as("by default I and O").isEqualTo("I");
  }

  @Test
  void aRequiredChannelMustNotBeEmpty() {
    MergeRule email = new MergeRule(null, null, null, null, null, Channel.EMAIL);
    assertThat(outcome(parser(email, EMAIL), "")).isEqualTo("EMAIL ADDRESS CANNOT BE EMPTY");
    assertThat(outcome(parser(EMAIL), "")).as("not required by default").isNull();
    MergeRule mobile = new MergeRule(null, null, null, null, null, Channel.MOBILE);
    assertThat(outcome(parser(mobile, MOBILE), "")).isEqualTo("MOBILE NUMBER CANNOT BE EMPTY");
  }

  private static RecordParser parser(Field field) {
    return parser(MergeRule.upsert(), field);
  }

  private static RecordParser parser(MergeRule rule, Field field) {
    return new RecordParser(
        1,
        true,
        List.of(new RecordParser.Binding(0, field)),
        List.of(),
        ValueFormats.of(new Format(null, null, null, null, null, "dd/MM/yyyy", null, null)),
        ProfileRules.rawValues(rule),
        ProfileRules.checks(rule));
  }

  /** The parsed value as a string, or the reject reason. */
  private static String outcome(RecordParser parser, String raw) {
    ParseOutcome outcome = parser.parse(new SourceRecord(2, List.of(raw)));
    if (outcome instanceof RejectedRecord r) {
      return r.rejection().describe();
    }
    Object value = ((ParsedRecord) outcome).values().values().iterator().next();
    return value == null ? null : value.toString();
  }
}
