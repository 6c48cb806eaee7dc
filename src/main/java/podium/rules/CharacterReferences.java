package podium.rules;

import com.vladsch.flexmark.util.sequence.Html5Entities;

/**
 * Decodes HTML character references as a browser does in an attribute value: numeric ones with or without
 * their semicolon ({@code &#106;}, {@code &#x6A}), named ones from the HTML5 table ({@code &colon;},
 * {@code &Tab;}, {@code &fjlig;}). Named references without a semicolon (the legacy {@code &amp}, {@code &lt}…)
 * are left as written: none of them stands for a letter, digit, colon or whitespace, so none can change
 * which scheme an address has.
 */
final class CharacterReferences {
  private static final int LONGEST_NAME = 32;

  private CharacterReferences() {}

  static String decode(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    StringBuilder decoded = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int end = c == '&' ? referenceEnd(text, i) : -1;
      if (end < 0) {
        decoded.append(c);
        i++;
      } else {
        decoded.append(value(text.substring(i, end)));
        i = end;
      }
    }
    return decoded.toString();
  }

  /** Where the reference starting at {@code at} ends, or -1 when no reference starts there. */
  private static int referenceEnd(String text, int at) {
    int i = at + 1;
    if (i < text.length() && text.charAt(i) == '#') {
      i++;
      boolean hex = i < text.length() && (text.charAt(i) == 'x' || text.charAt(i) == 'X');
      int digits = hex ? ++i : i;
      while (i < text.length() && Character.digit(text.charAt(i), hex ? 16 : 10) >= 0 && text.charAt(i) < 128) {
        i++;
      }
      if (i == digits) {
        return -1;
      }
      return i < text.length() && text.charAt(i) == ';' ? i + 1 : i;
    }
    while (i < text.length() && i - at <= LONGEST_NAME && Character.isLetterOrDigit(text.charAt(i))
        && text.charAt(i) < 128) {
      i++;
    }
    if (i == at + 1 || i >= text.length() || text.charAt(i) != ';') {
      return -1;
    }
    String name = text.substring(at, i + 1);
    return Html5Entities.entityToString(name).equals(name) ? -1 : i + 1;
  }

  private static String value(String reference) {
    if (reference.charAt(1) != '#') {
      return Html5Entities.entityToString(reference);
    }
    boolean hex = reference.charAt(2) == 'x' || reference.charAt(2) == 'X';
    String digits = reference.substring(hex ? 3 : 2, reference.endsWith(";") ? reference.length() - 1
        : reference.length());
    long code = 0;
    for (int i = 0; i < digits.length() && code <= Character.MAX_CODE_POINT; i++) {
      code = code * (hex ? 16 : 10) + Character.digit(digits.charAt(i), hex ? 16 : 10);
    }
    boolean valid = code > 0 && code <= Character.MAX_CODE_POINT
        && !(code >= Character.MIN_SURROGATE && code <= Character.MAX_SURROGATE);
    return Character.toString(valid ? (int) code : 0xFFFD);
  }

  /** The code point {@code reference} (a whole {@code &…;} or {@code &#…} reference) stands for, if it is one. */
  static int codePoint(String reference) {
    String value = referenceEnd(reference, 0) == reference.length() ? value(reference) : "";
    return value.codePointCount(0, value.length()) == 1 ? value.codePointAt(0) : -1;
  }
}
