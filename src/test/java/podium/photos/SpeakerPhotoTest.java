package podium.photos;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.Minimal;
import podium.RequiredTool;
import podium.TestSite;

/**
 * A speaker's photo, from speakers.yaml to the pages: published once per edition under a fingerprinted name,
 * with its size, decorative next to the name unless the editors described it.
 */
class SpeakerPhotoTest {
  private static final String PHOTO = "  photo: photos/ada.png\n";

  @TempDir
  Path folder;

  private TestSite built(String speakerLines, String file, byte[] bytes) {
    TestSite site = TestSite.write(folder, Minimal.ALL);
    site.add(Minimal.SPEAKERS + speakerLines);
    site.writeBytes("data/demo/" + file, bytes);
    TestSite.Run run = site.build();
    assertThat(run.exitCode()).as(run.err()).isZero();
    return site;
  }

  private static Element image(TestSite site, String page, String selector) {
    Element image = Jsoup.parse(site.file(page)).selectFirst(selector);
    assertThat(image).as(page + " " + selector).isNotNull();
    return image;
  }

  @Test
  void thePhotoIsPublishedUnderAFingerprintedNameInItsEditionOnly() throws Exception {
    byte[] png = Images.png(30, 20);
    TestSite site = built(PHOTO, "photos/ada.png", png);

    String published = site.outputFiles().stream().filter(path -> path.startsWith("demo/assets/photos/"))
        .findFirst().orElseThrow();
    assertThat(published).matches("demo/assets/photos/ada\\.[0-9a-f]{10}\\.png");
    assertThat(Files.readAllBytes(site.output().resolve(published))).isEqualTo(png);
    assertThat(site.outputFiles()).noneMatch(path -> path.startsWith("assets/photos/"))
        .noneMatch(path -> path.startsWith("demo/photos/"));
  }

  @Test
  void theSpeakerPageShowsThePhotoAtOnceWithItsSizeAndAnEmptyAltNextToTheName() {
    TestSite site = built(PHOTO, "photos/ada.png", Images.png(30, 20));

    Element photo = image(site, "demo/en/speakers/ada/index.html", ".speaker-head img.photo");

    assertThat(photo.attr("src")).matches("\\.\\./\\.\\./\\.\\./assets/photos/ada\\.[0-9a-f]{10}\\.png");
    assertThat(photo.attr("width")).isEqualTo("30");
    assertThat(photo.attr("height")).isEqualTo("20");
    assertThat(photo.hasAttr("alt")).isTrue();
    assertThat(photo.attr("alt")).isEmpty();
    assertThat(photo.attr("decoding")).isEqualTo("async");
    assertThat(photo.hasAttr("loading")).as("above the fold: not lazy").isFalse();
    assertThat(photo.parent().select("h1").text()).isEqualTo("Ada Example");
  }

  @Test
  void thumbnailsInTheListAndOnSessionPagesAreInsideTheNameLinkLazyAndDecorative() {
    TestSite site = built(PHOTO + "  photo_alt: {en: Ada at the 2029 award ceremony}\n", "photos/ada.png",
        Images.png(30, 20));

    for (String page : new String[] {"demo/en/speakers/index.html", "demo/en/sessions/opening/index.html",
        "demo/fr/intervenants/index.html", "demo/fr/sessions/opening/index.html"}) {
      Element thumb = image(site, page, "a img.thumb");
      assertThat(thumb.attr("alt")).as(page).isEmpty();
      assertThat(thumb.attr("loading")).as(page).isEqualTo("lazy");
      assertThat(thumb.attr("decoding")).as(page).isEqualTo("async");
      assertThat(thumb.attr("width")).as(page).isEqualTo("30");
      assertThat(thumb.parent().text()).as(page).isEqualTo("Ada Example");
    }
  }

  @Test
  void aDescribedPhotoIsReadOnTheSpeakerPageFallingBackToTheDefaultLanguage() {
    TestSite site = built(PHOTO + "  photo_alt: {en: Ada at the 2029 award ceremony}\n", "photos/ada.png",
        Images.png(30, 20));

    Element english = image(site, "demo/en/speakers/ada/index.html", "img.photo");
    Element french = image(site, "demo/fr/intervenants/ada/index.html", "img.photo");

    assertThat(english.attr("alt")).isEqualTo("Ada at the 2029 award ceremony");
    assertThat(english.hasAttr("lang")).isFalse();
    assertThat(french.attr("alt")).isEqualTo("Ada at the 2029 award ceremony");
    assertThat(french.attr("lang")).isEqualTo("en");
  }

  @Test
  void pagesWithPhotosAreValidHtml() throws Exception {
    Path vnu = Path.of("node_modules/vnu-jar/build/dist/vnu.jar");
    RequiredTool.require("the Nu HTML Checker (" + vnu + ")", Files.isRegularFile(vnu), "npm ci");
    TestSite site = built(PHOTO + "  photo_alt: {en: Ada at the 2029 award ceremony}\n", "photos/ada.png",
        Images.png(30, 20));

    Process checker = new ProcessBuilder("java", "-jar", vnu.toString(), "--errors-only",
        site.output().resolve("demo/en/speakers/ada/index.html").toString(),
        site.output().resolve("demo/fr/intervenants/ada/index.html").toString(),
        site.output().resolve("demo/en/speakers/index.html").toString(),
        site.output().resolve("demo/en/sessions/opening/index.html").toString()).redirectErrorStream(true).start();
    String report = new String(checker.getInputStream().readAllBytes()).strip();

    assertThat(checker.waitFor()).as(report).isZero();
    assertThat(report).isEmpty();
  }

  @Test
  void speakersWithoutPhotoShowNoImage() {
    TestSite site = TestSite.write(folder, Minimal.ALL);
    assertThat(site.build().exitCode()).isZero();

    Document page = Jsoup.parse(site.file("demo/en/speakers/ada/index.html"));

    assertThat(page.select("img")).isEmpty();
    assertThat(page.select("h1").text()).isEqualTo("Ada Example");
  }

  @Test
  void jpegWebpAvifAndSvgSizesAreRead() {
    assertThat(size("photos/ada.jpg", Images.jpeg(12, 34))).isEqualTo("12×34");
    assertThat(size("photos/ada.webp", Images.WEBP_6_BY_4)).isEqualTo("6×4");
    assertThat(size("photos/ada.avif", Images.AVIF_6_BY_4)).isEqualTo("6×4");
    assertThat(size("photos/ada.svg", svg("viewBox=\"0 0 80 120\""))).isEqualTo("80×120");
    assertThat(size("photos/ada.svg", svg("width=\"40px\" height=\"50\" viewBox=\"0 0 80 100\""))).isEqualTo("40×50");
    assertThat(size("photos/ada.svg", svg(""))).as("no size: no attributes").isEqualTo("×");
  }

  private String size(String file, byte[] bytes) {
    Path project = folder.resolve(file.replaceAll("\\W", "-") + bytes.length);
    TestSite site = TestSite.write(project, Minimal.ALL);
    site.add(Minimal.SPEAKERS + "  photo: " + file + "\n");
    site.writeBytes("data/demo/" + file, bytes);
    TestSite.Run run = site.build();
    assertThat(run.exitCode()).as(run.err()).isZero();
    Element photo = Jsoup.parse(site.file("demo/en/speakers/ada/index.html")).selectFirst("img.photo");
    return photo.attr("width") + "×" + photo.attr("height");
  }

  private static byte[] svg(String attributes) {
    return ("<svg xmlns=\"http://www.w3.org/2000/svg\" " + attributes + "><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void programmeJsonGivesThePhotoAndScheduleJsonItsAbsoluteUrlAsAvatar() throws Exception {
    TestSite site = TestSite.write(folder, Minimal.ALL);
    site.add(Minimal.SPEAKERS + PHOTO + "  photo_alt: {fr: Ada au congrès}\n");
    site.add(Minimal.EDITION + "base_url: https://example.org/demo/\n");
    site.writeBytes("data/demo/photos/ada.png", Images.png(30, 20));
    assertThat(site.build().exitCode()).isZero();
    ObjectMapper json = new ObjectMapper();

    JsonNode photo = json.readTree(site.file("demo/fr/programme.json")).get("speakers").get(0).get("photo");
    JsonNode person = json.readTree(site.file("demo/fr/schedule.json")).findValue("persons").get(0);

    assertThat(photo.get("url").asText()).matches("\\.\\./assets/photos/ada\\.[0-9a-f]{10}\\.png");
    assertThat(photo.get("width").asInt()).isEqualTo(30);
    assertThat(photo.get("height").asInt()).isEqualTo(20);
    assertThat(photo.get("alt").asText()).isEqualTo("Ada au congrès");
    assertThat(person.get("avatar").asText())
        .matches("https://example\\.org/demo/assets/photos/ada\\.[0-9a-f]{10}\\.png");
  }
}
