package podium.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A file streamed through {@link ContentHash.Versioning} gets the version its bytes would. */
class ContentHashVersionTest {
  @Test
  void streamingGivesTheVersionOfTheBytes() {
    byte[] bytes = new byte[300_000];
    new Random(20261205).nextBytes(bytes);
    ContentHash.Versioning streamed = new ContentHash.Versioning();
    streamed.write(bytes, 0, 1000);
    streamed.write(bytes[1000]);
    streamed.write(bytes, 1001, bytes.length - 1001);
    assertThat(streamed.version()).isEqualTo(ContentHash.version(bytes)).hasSize(12);

    ContentHash.Versioning other = new ContentHash.Versioning();
    byte[] text = "{\"version\":\"\"}\n".getBytes(StandardCharsets.UTF_8);
    other.write(text, 0, text.length);
    assertThat(other.version()).isEqualTo(ContentHash.version(text)).isNotEqualTo(streamed.version());
  }
}
