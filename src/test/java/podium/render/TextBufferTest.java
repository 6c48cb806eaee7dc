package podium.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextBufferTest {

  @Test
  void aShortTextIsItsUtf8Bytes() throws Exception {
    TextBuffer buffer = new TextBuffer(16);
    buffer.write("Économie « circulaire » – ");
    buffer.write("x😀y".toCharArray(), 0, 4);
    assertThat(buffer.utf8()).isEqualTo("Économie « circulaire » – x😀y".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aLongTextEncodedPieceByPieceIsTheSameBytesEvenWhenAPieceEndsInsideACharacter() throws Exception {
    for (int shift = 0; shift < 3; shift++) {
      StringBuilder expected = new StringBuilder();
      TextBuffer buffer = new TextBuffer(256 * 1024);
      buffer.write("a".repeat(TextBuffer.PIECE - 1 - shift));
      expected.append("a".repeat(TextBuffer.PIECE - 1 - shift));
      // written a char at a time, the emoji's first half ends a piece on the first shift
      for (char c : "😀ä😀z".toCharArray()) {
        buffer.write(c);
        expected.append(c);
      }
      buffer.write("Straße ".repeat(40_000) + "😀end");
      expected.append("Straße ".repeat(40_000) + "😀end");
      assertThat(buffer.utf8()).as("shift %d", shift)
          .isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
    }
  }
}
