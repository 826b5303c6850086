package io.lineup.load;

/**
 * A practical address syntax, as marketing platforms check it: a local part of 1 to 64 characters
 * without white space, separators, controls, {@code @ < > " ( ) [ ] \} and without a leading,
 * trailing or doubled dot; one {@code @}; a domain of two or more labels of 1 to 63 letters, digits
 * and inner hyphens. No quoted local parts, no IP literals. Checked by hand rather than by a
 * regular expression: it runs once for every record of every file.
 */
final class EmailSyntax {

  private EmailSyntax() {}

  static boolean valid(String address) {
    int at = address.indexOf('@');
    return at > 0 && address.indexOf("..") < 0 && localPart(address, at) && domain(address, at + 1);
  }

  private static boolean localPart(String s, int end) {
    if (s.charAt(0) == '.' || s.charAt(end - 1) == '.') {
      return false;
    }
    int codePoints = 0;
    for (int i = 0; i < end; i += Character.charCount(s.codePointAt(i))) {
      int c = s.codePointAt(i);
      if (++codePoints > 64 || !allowedInLocalPart(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean allowedInLocalPart(int c) {
    if (c < 0x20 || c == 0x7F) {
      return false;
    }
    return switch (c) {
      case ' ', '@', '<', '>', '"', '(', ')', '[', ']', '\\' -> false;
      default -> !Character.isSpaceChar(c);
    };
  }

  /** Labels of 1 to 63 letters, digits and hyphens, not at a label's ends; at least two. */
  private static boolean domain(String s, int start) {
    int labels = 0;
    int labelStart = start;
    for (int i = start; i <= s.length(); i++) {
      if (i == s.length() || s.charAt(i) == '.') {
        int length = i - labelStart;
        if (length < 1 || length > 63 || s.charAt(labelStart) == '-' || s.charAt(i - 1) == '-') {
          return false;
        }
        labels++;
        labelStart = i + 1;
      } else if (!letterOrDigit(s.charAt(i)) && s.charAt(i) != '-') {
        return false;
      }
    }
    return labels >= 2;
  }

  private static boolean letterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
