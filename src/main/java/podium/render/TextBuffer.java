package podium.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * An unsynchronized in-memory {@link Writer} for one file. FreeMarker writes a page in many small pieces; an
 * {@code OutputStreamWriter} encodes each piece through a fresh {@code CharBuffer} (6 % of a build's CPU in the
 * profile), {@code StringWriter} locks on each; this appends, and the page is encoded once at the end.
 */
public final class TextBuffer extends Writer {
  private final StringBuilder text;

  public TextBuffer(int capacity) {
    this.text = new StringBuilder(capacity);
  }

  @Override
  public void write(int c) {
    text.append((char) c);
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    text.append(chars, offset, length);
  }

  @Override
  public void write(String string, int offset, int length) {
    // StringBuilder copies a part of a string char by char (through bounds-checked charAt calls, not removed by
    // C1) once the page holds a character beyond Latin-1, which nearly every page does; a whole one by array copy
    if (offset == 0 && length == string.length()) {
      text.append(string);
    } else {
      text.append(string, offset, offset + length);
    }
  }

  @Override
  public Writer append(CharSequence chars) {
    text.append(chars);
    return this;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  @Override
  public String toString() {
    return text.toString();
  }

  /** The text, encoded as UTF-8. */
  public byte[] utf8() {
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }
}
