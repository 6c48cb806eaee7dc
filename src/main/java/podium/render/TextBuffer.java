package podium.render;

import java.io.ByteArrayOutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * An unsynchronized in-memory {@link Writer} for one file, read once as UTF-8 ({@link #utf8}). FreeMarker writes a
 * page in many small pieces; an {@code OutputStreamWriter} encodes each piece through a fresh {@code CharBuffer}
 * (6 % of a build's CPU in the profile), {@code StringWriter} locks on each; this appends, and encodes in large
 * pieces: the whole text of a page at the end, and a file over {@link #PIECE} characters (a frab schedule, the
 * whole programme of a big congress) piece by piece as it grows, so that it is held once as bytes instead of as
 * characters (two bytes each beyond Latin-1), their copy as a String, and their bytes.
 */
public final class TextBuffer extends Writer {
  static final int PIECE = 1 << 16;
  private final StringBuilder text;
  private ByteArrayOutputStream encoded;

  public TextBuffer(int capacity) {
    this.text = new StringBuilder(Math.min(capacity, PIECE + 1024));
  }

  @Override
  public void write(int c) {
    text.append((char) c);
    spillIfLong();
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    text.append(chars, offset, length);
    spillIfLong();
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
    spillIfLong();
  }

  @Override
  public Writer append(CharSequence chars) {
    text.append(chars);
    spillIfLong();
    return this;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  /** The text, encoded as UTF-8. */
  public byte[] utf8() {
    if (encoded == null) {
      return text.toString().getBytes(StandardCharsets.UTF_8);
    }
    encoded.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
    text.setLength(0);
    return encoded.toByteArray();
  }

  private void spillIfLong() {
    if (text.length() < PIECE) {
      return;
    }
    if (encoded == null) {
      encoded = new ByteArrayOutputStream(PIECE * 4);
    }
    // a character beyond the Basic Multilingual Plane is two chars: never encode its first half alone
    int end = Character.isHighSurrogate(text.charAt(text.length() - 1)) ? text.length() - 1 : text.length();
    encoded.writeBytes(text.substring(0, end).getBytes(StandardCharsets.UTF_8));
    text.delete(0, end);
  }
}
