package podium.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.Decoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import podium.TestSite;

/** What a build published, searched as a reader (or a crawler) could: every file, compressed copies unpacked. */
final class Published {
  private Published() {}

  /** No file of the output is named with, or holds (also compressed), any of {@code words}, in any case. */
  static void assertNowhere(TestSite site, List<String> words) {
    List<String> leaks = new ArrayList<>();
    for (String path : site.outputFiles()) {
      String text = (path + "\n" + readable(site.output().resolve(path))).toLowerCase(Locale.ROOT);
      for (String word : words) {
        if (text.contains(word.toLowerCase(Locale.ROOT))) {
          leaks.add(path + " holds '" + word + "'");
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  private static String readable(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      if (file.toString().endsWith(".gz")) {
        bytes = new GZIPInputStream(new ByteArrayInputStream(bytes)).readAllBytes();
      } else if (file.toString().endsWith(".br")) {
        Brotli4jLoader.ensureAvailability();
        bytes = Decoder.decompress(bytes).getDecompressedData();
      }
      return new String(bytes, StandardCharsets.ISO_8859_1) + new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
