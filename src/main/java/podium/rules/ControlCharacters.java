package podium.rules;

/**
 * Control characters have no place in a congress's texts: NUL truncates strings in other programs, ESC
 * starts terminal escape sequences, and C1 controls are read differently by different programs. The one rule
 * for every input text (YAML values, front matter and Markdown, raw or written as escapes or references):
 * only tab, line feed and carriage return are allowed, where text files normally have them.
 */
public final class ControlCharacters {
  private ControlCharacters() {}

  /** C0 controls except tab, line feed and carriage return; DEL; C1 controls. */
  public static boolean isRefused(int c) {
    return c >= 0 && c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
  }

  /** The index of the first refused character of {@code text}, or -1. */
  public static int firstIn(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (isRefused(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The message for a refused character: {@code control character U+0000 is not allowed in text}. */
  public static String message(int c) {
    return String.format("control character U+%04X is not allowed in text", c);
  }
}
