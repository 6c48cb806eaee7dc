package podium.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.Minimal;
import podium.TestSite;

/** The share image of every edition and language: a 1200 × 630 PNG, the same bytes every build, named by og:image. */
class ShareImageTest {
  @TempDir
  Path folder;

  @Test
  void everyEditionAndLanguageHasOneDrawnTheSameEveryTime() throws Exception {
    Map<String, byte[]> images = Exports.ending(Exports.of(Path.of(".")), "/share.png");
    assertThat(images).hasSize(15);
    Map<String, byte[]> again = Exports.ending(Exports.of(Path.of(".")), "/share.png");
    for (Map.Entry<String, byte[]> file : images.entrySet()) {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(file.getValue()));
      assertThat(image.getWidth()).as(file.getKey()).isEqualTo(1200);
      assertThat(image.getHeight()).as(file.getKey()).isEqualTo(630);
      assertThat(again.get(file.getKey())).as(file.getKey()).isEqualTo(file.getValue());
    }
    assertThat(images.get("ecc-2024/fr/share.png")).as("the text is the language's")
        .isNotEqualTo(images.get("ecc-2024/en/share.png"));
  }

  @Test
  void pagesNameItWhenThereIsABaseUrlAndALongNameStillFits() throws Exception {
    String longName = "A congress whose name goes on and on ".repeat(12).strip();
    TestSite site = TestSite.write(folder, Minimal.ALL.replace("en: Demo Congress 2030", "en: " + longName)
        .replace("venue:\n  name: Palais des congrès\n", "base_url: https://example.org/demo/\nvenue:\n  name: Palais des congrès\n"));
    assertThat(site.build().exitCode()).isZero();
    var page = Jsoup.parse(site.file("demo/en/index.html"));
    assertThat(page.select("meta[property=og:image]").attr("content")).isEqualTo("https://example.org/demo/en/share.png");
    assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
    BufferedImage image = ImageIO.read(site.output().resolve("demo/en/share.png").toFile());
    assertThat(image.getWidth()).isEqualTo(1200);
  }
}
