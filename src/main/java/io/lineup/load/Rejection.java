package io.lineup.load;

/** A reason with the detail that makes it actionable ("AGE: not an integer"). */
public record Rejection(RejectReason reason, String detail) {

  public static Rejection of(RejectReason reason) {
    return new Rejection(reason, null);
  }

  public String describe() {
    return detail == null ? reason.text() : reason.text() + ": " + detail;
  }
}
