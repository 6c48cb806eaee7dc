package podium.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import podium.diagnostic.Position;
import podium.diagnostic.Problems;

/** Strict UTF-8 decoding: a file in another encoding is reported where its first bad byte is. */
final class Utf8 {
  private Utf8() {}

  /** The text of {@code bytes}, without a byte order mark, or null after reporting the problem. */
  static String decode(byte[] bytes, String path, Problems problems) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      problems.error(path, positionOfFirstInvalidByte(bytes), "file is not valid UTF-8",
          "save it as UTF-8");
      return null;
    }
  }

  private static Position positionOfFirstInvalidByte(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    out.flip();
    int line = 1;
    int column = 1;
    for (int i = 0; i < out.length(); i++) {
      if (out.charAt(i) == '\n') {
        line++;
        column = 1;
      } else if (!Character.isLowSurrogate(out.charAt(i))) {
        column++;
      }
    }
    return new Position(line, column);
  }
}
