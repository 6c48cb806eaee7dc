package podium.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.Minimal;
import podium.TestSite;

/**
 * Each session's share image: named by its page's og:image, 1200 × 630, in the edition's brand colours, one
 * file for languages whose card says the same, drawn within its bounds whatever the title holds.
 */
class SessionShareImageTest {
  private static final String BASE = "https://example.org/demo/";
  private static final String BRANDED = Minimal.ALL.replace("venue:\n  name: Palais des congrès\n",
      "base_url: " + BASE + "\nbrand:\n  primary: \"#7a1f5c\"\n  accent: \"#ffd166\"\nvenue:\n  name: Palais des congrès\n");

  @TempDir
  Path folder;

  @Test
  void aSessionPageNamesItsOwnPictureInTheBrandColours() throws Exception {
    TestSite site = built(BRANDED);
    String image = ogImage(site, "demo/en/sessions/opening/index.html");
    assertThat(image).startsWith(BASE + "assets/share/opening.").endsWith(".png");
    BufferedImage picture = picture(site, image);
    assertThat(picture.getWidth()).isEqualTo(1200);
    assertThat(picture.getHeight()).isEqualTo(630);
    assertThat(picture.getRGB(5, 5) & 0xffffff).as("the brand's primary colour").isEqualTo(0x7a1f5c);
    assertThat(picture.getRGB(5, 625) & 0xffffff).as("the band in the brand's accent colour").isEqualTo(0xffd166);
    assertThat(colours(picture, 0, 0, 1200, 500)).as("white text is drawn on the primary colour")
        .containsKeys(0x7a1f5c, 0xffffff);
    assertThat(Jsoup.parse(site.file("demo/en/sessions/opening/index.html"))
        .select("script[type=application/ld+json]").html()).as("the event's image").contains("\"image\":\"" + image + "\"");
    assertThat(ogImage(site, "demo/fr/sessions/opening/index.html")).as("Ouverture is not Opening")
        .isNotEqualTo(image);
    assertThat(ogImage(site, "demo/en/index.html")).isEqualTo(BASE + "en/share.png");
  }

  @Test
  void languagesWhoseCardSaysTheSameShareOneFile() throws Exception {
    // a date written alike in both languages and a name written once: the workshop (English title only, which
    // the French page falls back to) says the same on both pages
    TestSite site = TestSite.write(folder, BRANDED.replace("name:\n  en: Demo Congress 2030\n  fr: Congrès démo 2030\n",
        "name: Demo Congress 2030\n"));
    for (String language : new String[] {"en", "fr"}) {
      Path strings = site.root().resolve("templates/i18n/" + language + ".yaml");
      Files.writeString(strings, Files.readString(strings).replaceFirst("date_long: .*", "date_long: \"yyyy-MM-dd\""));
    }
    assertThat(site.build().exitCode()).isZero();
    String english = ogImage(site, "demo/en/sessions/workshop/index.html");
    assertThat(ogImage(site, "demo/fr/sessions/workshop/index.html")).isEqualTo(english);
    assertThat(ogImage(site, "demo/fr/sessions/opening/index.html"))
        .isNotEqualTo(ogImage(site, "demo/en/sessions/opening/index.html"));
    assertThat(site.outputFiles().stream().filter(path -> path.startsWith("demo/assets/share/workshop.")))
        .hasSize(1);
    assertThat(site.outputFiles().stream().filter(path -> path.startsWith("demo/assets/share/opening.")))
        .hasSize(2);
  }

  @Test
  void aLongRightToLeftTitleWithMarksAndEmojiStaysInsideItsArea() throws Exception {
    String title = ("שלום עולם مرحبا بالعالم Cafe\u0301 Z\u0335\u0336a\u0337\u0338l\u0334go 🎉🚀 ").repeat(8)
        .substring(0, 300);
    TestSite site = built(BRANDED.replace("title: {en: Opening, fr: Ouverture}", "title: {en: \"" + title
        + "\", fr: Ouverture}").replace("name: Ada Example", "name: " + "Ada Example the Long-Named ".repeat(6)));
    BufferedImage picture = picture(site, ogImage(site, "demo/en/sessions/opening/index.html"));
    assertThat(picture.getWidth()).isEqualTo(1200);
    assertThat(colours(picture, 0, 0, 40, 520)).as("the left margin").containsOnlyKeys(0x7a1f5c);
    assertThat(colours(picture, 1160, 0, 1200, 520)).as("the right margin").containsOnlyKeys(0x7a1f5c);
    assertThat(colours(picture, 0, 500, 1200, 520)).as("above the band").containsOnlyKeys(0x7a1f5c);
    assertThat(colours(picture, 0, 520, 1200, 530)).as("the band's top edge").containsOnlyKeys(0xffd166);
    assertThat(colours(picture, 0, 0, 1200, 300)).as("the title is drawn").containsKey(0xffffff);
  }

  @Test
  void aHostileTitleIsJustDrawnText() throws Exception {
    TestSite site = built(BRANDED.replace("title: {en: Opening, fr: Ouverture}",
        "title: {en: \"<script>alert(1)</script> ../../etc/passwd\", fr: Ouverture}"));
    String image = ogImage(site, "demo/en/sessions/opening/index.html");
    assertThat(image).matches(BASE.replace(".", "\\.") + "assets/share/opening\\.[0-9a-f]{10}\\.png");
    assertThat(picture(site, image).getHeight()).isEqualTo(630);
    assertThat(site.file("demo/en/sessions/opening/index.html")).doesNotContain("<script>alert");
  }

  @Test
  void aBreakSharesTheEditionsPicture() throws Exception {
    TestSite site = built(BRANDED.replace("  - id: talk\n", "  - id: break\n    name: Break\n  - id: talk\n")
        .replace("room: lab\n", "room: lab\n  type: break\n"));
    assertThat(ogImage(site, "demo/en/sessions/workshop/index.html")).isEqualTo(BASE + "en/share.png");
    assertThat(site.outputFiles()).noneMatch(path -> path.startsWith("demo/assets/share/workshop."));
  }

  @Test
  void withoutABaseUrlNoPageCanNameASessionsPictureSoNoneIsDrawn() throws Exception {
    TestSite site = built(BRANDED.replace("base_url: " + BASE + "\n", ""));
    assertThat(ogImage(site, "demo/en/sessions/opening/index.html")).isEmpty();
    assertThat(site.outputFiles()).noneMatch(path -> path.contains("/share/"));
    assertThat(site.outputFiles()).contains("demo/en/share.png", "demo/fr/share.png");
  }

  @Test
  void twoBuildsGiveTheSameBytesAndAPlantedFileUnderItsNameIsDrawnAgain() throws Exception {
    TestSite site = built(BRANDED);
    Map<String, byte[]> first = pictures(site);
    assertThat(first).hasSizeGreaterThanOrEqualTo(4);
    String session = first.keySet().stream().filter(path -> path.contains("/share/opening.")).findFirst().orElseThrow();
    Files.write(site.output().resolve(session), "not a picture".getBytes());
    assertThat(site.build().exitCode()).isZero();
    Map<String, byte[]> second = pictures(site);
    assertThat(second.keySet()).isEqualTo(first.keySet());
    first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
  }

  @Test
  void aPictureTheLastBuildWroteUnderItsContentNameIsReusedNotDrawnAgain() throws Exception {
    // the output folder is Podium's (its marker is checked before a build reads it) and a session's picture is
    // named after what it shows: a rebuild reads it back instead of drawing it (here a stand-in shows that)
    TestSite site = built(BRANDED);
    String session = pictures(site).keySet().stream().filter(path -> path.contains("/share/opening."))
        .findFirst().orElseThrow();
    byte[] standIn = Files.readAllBytes(site.output().resolve("demo/fr/share.png"));
    Files.write(site.output().resolve(session), standIn);
    Files.write(site.output().resolve("demo/en/share.png"), standIn);
    assertThat(site.build().exitCode()).isZero();
    assertThat(Files.readAllBytes(site.output().resolve(session))).isEqualTo(standIn);
    assertThat(Files.readAllBytes(site.output().resolve("demo/en/share.png"))).as("not named by content: drawn")
        .isNotEqualTo(standIn);
  }

  private TestSite built(String files) {
    TestSite site = TestSite.write(folder, files);
    TestSite.Run run = site.build();
    assertThat(run.exitCode()).as(run.err()).isZero();
    return site;
  }

  private static String ogImage(TestSite site, String page) {
    return Jsoup.parse(site.file(page)).select("meta[property=og:image]").attr("content");
  }

  private static BufferedImage picture(TestSite site, String url) throws Exception {
    assertThat(url).startsWith(BASE);
    Path file = site.output().resolve("demo/" + url.substring(BASE.length()));
    assertThat(file).isRegularFile();
    return ImageIO.read(file.toFile());
  }

  private static Map<String, byte[]> pictures(TestSite site) throws Exception {
    Map<String, byte[]> pictures = new TreeMap<>();
    for (String path : site.outputFiles()) {
      if (path.endsWith(".png") && path.contains("share")) {
        pictures.put(path, Files.readAllBytes(site.output().resolve(path)));
      }
    }
    return pictures;
  }

  /** How many pixels of each colour the rectangle holds. */
  private static Map<Integer, Integer> colours(BufferedImage picture, int x0, int y0, int x1, int y1) {
    Map<Integer, Integer> counts = new TreeMap<>();
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        counts.merge(picture.getRGB(x, y) & 0xffffff, 1, Integer::sum);
      }
    }
    return counts;
  }
}
