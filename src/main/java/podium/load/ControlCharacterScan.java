package podium.load;

import podium.diagnostic.Position;
import podium.diagnostic.Problems;
import podium.rules.ControlCharacters;

/**
 * Finds the control characters {@link ControlCharacters} refuses where an editor can find them: written as
 * they are in a file, or written as an escape in a double-quoted YAML scalar ({@code "\0"}, {@code "\e"},
 * {@code "\x7F"}, {@code "\u0085"}), which only appears once the scalar is read.
 */
final class ControlCharacterScan {
  /** A file of binary junk (or UTF-16 read as UTF-8) would give one line per character: the first few tell. */
  private static final int MOST_REPORTED = 10;

  private ControlCharacterScan() {}

  /** Reports the first refused character of each line, at most ten; true when the text has none. */
  static boolean reportRaw(String text, String path, int lineOffset, Problems problems) {
    if (ControlCharacters.firstIn(text) < 0) {
      return true;
    }
    int line = 1;
    int column = 1;
    int reported = 0;
    int reportedLine = 0;
    for (int i = 0; i < text.length() && reported < MOST_REPORTED; i = text.offsetByCodePoints(i, 1)) {
      int c = text.codePointAt(i);
      if (c == '\n') {
        line++;
        column = 1;
        continue;
      }
      if (ControlCharacters.isRefused(c) && reportedLine != line) {
        problems.error(path, new Position(line + lineOffset, column), ControlCharacters.message(c));
        reportedLine = line;
        reported++;
      }
      column++;
    }
    return false;
  }

  /**
   * Reports the escapes of the double-quoted scalar starting at {@code start} (1-based, in code points, as
   * SnakeYAML counts) that stand for a refused character; a scalar whose value has one but that is not
   * double-quoted is reported where it starts.
   */
  static void reportEscaped(String text, Position start, String value, String path, int lineOffset,
      Problems problems) {
    int at = indexOf(text, start);
    if (at < 0 || at >= text.length() || text.charAt(at) != '"') {
      int c = value.codePointAt(ControlCharacters.firstIn(value));
      problems.error(path, start.shiftedBy(lineOffset), ControlCharacters.message(c));
      return;
    }
    int line = start.line();
    int column = start.column() + 1;
    for (int i = at + 1; i < text.length() && text.charAt(i) != '"'; ) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        column = 1;
        i++;
        continue;
      }
      if (c != '\\' || i + 1 >= text.length()) {
        column += Character.isHighSurrogate(c) ? 0 : 1;
        i++;
        continue;
      }
      int length = escapeLength(text.charAt(i + 1));
      int escaped = escapedCodePoint(text, i + 1, length);
      if (ControlCharacters.isRefused(escaped)) {
        problems.error(path, new Position(line + lineOffset, column), ControlCharacters.message(escaped));
      }
      int end = Math.min(text.length(), i + 2 + length);
      column += end - i;
      i = end;
    }
  }

  /** How many hexadecimal digits follow the escape letter ({@code \x41}, {@code \u0041}, {@code \U00000041}). */
  private static int escapeLength(char letter) {
    return switch (letter) {
      case 'x' -> 2;
      case 'u' -> 4;
      case 'U' -> 8;
      default -> 0;
    };
  }

  private static int escapedCodePoint(String text, int letterAt, int digits) {
    char letter = text.charAt(letterAt);
    if (digits > 0) {
      try {
        return Integer.parseInt(text.substring(letterAt + 1, Math.min(text.length(), letterAt + 1 + digits)), 16);
      } catch (NumberFormatException e) {
        return -1; // SnakeYAML has refused the scalar already
      }
    }
    return switch (letter) {
      case '0' -> 0;
      case 'a' -> 7;
      case 'b' -> 8;
      case 'v' -> 0x0B;
      case 'f' -> 0x0C;
      case 'e' -> 0x1B;
      case 'N' -> 0x85;
      default -> -1; // \t \n \r \" \\ \/ \_ \L \P, a space or a line break: nothing refused
    };
  }

  /** The index in {@code text} of a 1-based line and code-point column; -1 when there is no such place. */
  private static int indexOf(String text, Position position) {
    int i = 0;
    for (int line = 1; line < position.line(); line++) {
      i = text.indexOf('\n', i) + 1;
      if (i == 0) {
        return -1;
      }
    }
    try {
      return text.offsetByCodePoints(i, position.column() - 1);
    } catch (IndexOutOfBoundsException e) {
      return -1;
    }
  }
}
