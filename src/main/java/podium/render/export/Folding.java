package podium.render.export;

/**
 * Folds iCalendar content lines (RFC 5545 §3.1): at most 75 octets of UTF-8 per line, continued after CRLF and
 * a space, and never inside a character. ical4j 4.1.1's own FoldingWriter counts UTF-16 chars instead: lines
 * with accents exceed 75 octets, and it can split an emoji's surrogate pair, which UTF-8 then turns into '?'.
 * So the calendar's unfolded text (ical4j's {@code Calendar.toString()}, properties already escaped) is
 * folded here.
 */
final class Folding {
  static final int MAX_OCTETS = 75;

  private Folding() {}

  static String fold(String unfolded) {
    StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 32);
    int octets = 0;
    for (int i = 0; i < unfolded.length(); ) {
      int c = unfolded.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\r' || c == '\n') {
        folded.append((char) c);
        octets = 0;
        continue;
      }
      int size = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      if (octets + size > MAX_OCTETS) {
        folded.append("\r\n ");
        octets = 1;
      }
      folded.appendCodePoint(c);
      octets += size;
    }
    return folded.toString();
  }
}
