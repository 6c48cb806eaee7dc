package podium.photos;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.Minimal;
import podium.TestSite;
import podium.diagnostic.Tasks;
import podium.pipeline.BuildOptions;
import podium.pipeline.IncrementalBuild;

/**
 * Large JPEG and PNG photos are published smaller for the sizes pages show them at (a thumbnail whose shorter
 * side is 80 px, a page image 320 px wide), upright, in their own format, with the same bytes in every build;
 * small ones are shown as they are.
 */
class ScaledPhotoTest {
  private static final String PHOTOS = "demo/assets/photos/";
  private static final String LIST = "demo/en/speakers/index.html";
  private static final String SPEAKER = "demo/en/speakers/ada/index.html";

  @TempDir
  Path folder;

  private TestSite built(String file, byte[] bytes) {
    TestSite site = TestSite.write(folder, Minimal.ALL);
    site.add(Minimal.SPEAKERS + "  photo: " + file + "\n");
    site.writeBytes("data/demo/" + file, bytes);
    TestSite.Run run = site.build();
    assertThat(run.exitCode()).as(run.err()).isZero();
    return site;
  }

  /** The image a page shows, checked to be published with the size its attributes give; read back. */
  private static BufferedImage shown(TestSite site, String page, String selector, int width, int height)
      throws IOException {
    Element image = Jsoup.parse(site.file(page)).selectFirst(selector);
    assertThat(image).as(page + " " + selector).isNotNull();
    assertThat(image.attr("width") + "×" + image.attr("height")).as(page).isEqualTo(width + "×" + height);
    Path file = site.output().resolve(page).getParent().resolve(image.attr("src")).normalize();
    BufferedImage read = ImageIO.read(file.toFile());
    assertThat(read.getWidth() + "×" + read.getHeight()).as(file.toString()).isEqualTo(width + "×" + height);
    return read;
  }

  @Test
  void aLargeJpegGetsAThumbnailAndAPageImageWithTheirSizesOnThePages() throws IOException {
    TestSite site = built("photos/ada.jpg", Images.jpeg(600, 400));

    assertThat(site.outputFiles()).filteredOn(path -> path.startsWith(PHOTOS)).hasSize(3)
        .anyMatch(path -> path.matches(PHOTOS + "ada\\.[0-9a-f]{10}\\.jpg"))
        .anyMatch(path -> path.matches(PHOTOS + "ada-120x80\\.[0-9a-f]{10}\\.jpg"))
        .anyMatch(path -> path.matches(PHOTOS + "ada-320x213\\.[0-9a-f]{10}\\.jpg"));
    shown(site, LIST, "img.thumb", 120, 80);
    shown(site, "demo/fr/sessions/opening/index.html", "img.thumb", 120, 80);
    shown(site, SPEAKER, "img.photo", 320, 213);
    assertThat(Jsoup.parse(site.file(SPEAKER)).selectFirst("img.photo").attr("src")).contains("ada-320x213.");
    assertThat(site.file("demo/en/programme.json")).as("open data gives the original")
        .containsPattern("photos/ada\\.[0-9a-f]{10}\\.jpg");
  }

  @Test
  void aPortraitTurnedByExifIsScaledUpright() throws IOException {
    // stored 600 × 400, red on top and blue below, "turn a quarter clockwise": seen 400 × 600, blue left
    TestSite site = built("photos/ada.jpg", Images.withOrientation(Images.halves(600, 400, "jpg"), 6));

    BufferedImage thumb = shown(site, LIST, "img.thumb", 80, 120);
    BufferedImage page = shown(site, SPEAKER, "img.photo", 320, 480);

    for (BufferedImage image : List.of(thumb, page)) {
      int middle = image.getHeight() / 2;
      assertThat(Images.isBlue(image.getRGB(image.getWidth() / 8, middle))).as("left").isTrue();
      assertThat(Images.isRed(image.getRGB(image.getWidth() * 7 / 8, middle))).as("right").isTrue();
    }
  }

  @Test
  void aPngKeepsItsFormatAndTransparency() throws IOException {
    TestSite site = built("photos/ada.png", Images.transparentPng(400, 300));

    BufferedImage thumb = shown(site, LIST, "img.thumb", 107, 80);
    BufferedImage page = shown(site, SPEAKER, "img.photo", 320, 240);

    assertThat(Jsoup.parse(site.file(LIST)).selectFirst("img.thumb").attr("src")).endsWith(".png");
    for (BufferedImage image : List.of(thumb, page)) {
      assertThat(image.getColorModel().hasAlpha()).isTrue();
      assertThat(image.getRGB(image.getWidth() / 4, image.getHeight() / 2) >>> 24).as("left: clear").isZero();
      assertThat(image.getRGB(image.getWidth() * 3 / 4, image.getHeight() / 2) >>> 24).as("right").isEqualTo(255);
    }
  }

  @Test
  void aSmallPhotoIsShownAsItIsAndAMiddleSizedOneGetsOnlyAThumbnail() throws IOException {
    TestSite small = built("photos/ada.png", Images.png(80, 60));
    assertThat(small.outputFiles()).filteredOn(path -> path.startsWith(PHOTOS)).hasSize(1);
    shown(small, LIST, "img.thumb", 80, 60);
    shown(small, SPEAKER, "img.photo", 80, 60);

    folder = folder.resolve("middle");
    TestSite middle = built("photos/ada.jpg", Images.jpeg(300, 200));
    assertThat(middle.outputFiles()).filteredOn(path -> path.startsWith(PHOTOS)).hasSize(2);
    shown(middle, LIST, "img.thumb", 120, 80);
    shown(middle, SPEAKER, "img.photo", 300, 200);
  }

  @Test
  void twoBuildsWriteTheSameBytes() throws IOException {
    TestSite site = built("photos/ada.jpg", Images.withOrientation(Images.halves(900, 700, "jpg"), 8));
    Map<String, byte[]> first = photos(site);
    deleteTree(site.output()); // from scratch: a build reuses the copies it finds in the last output

    assertThat(site.build().exitCode()).isZero();

    Map<String, byte[]> second = photos(site);
    assertThat(first).hasSize(3);
    assertThat(second.keySet()).isEqualTo(first.keySet());
    first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
  }

  @Test
  void aBuildReusesTheCopiesTheLastBuildPublished() throws IOException {
    TestSite site = built("photos/ada.jpg", Images.jpeg(600, 400));
    String thumb = photos(site).keySet().stream().filter(path -> path.contains("ada-120x80.")).findFirst()
        .orElseThrow();
    // the name covers the photo and the scaling: a file under it is taken as it is, not made again
    byte[] marked = Images.jpeg(120, 80);
    Files.write(site.output().resolve(thumb), marked);

    assertThat(site.build().exitCode()).isZero();

    assertThat(Files.readAllBytes(site.output().resolve(thumb))).isEqualTo(marked);
  }

  @Test
  void thePreviewScalesAnUnchangedPhotoOnlyOnce() throws Exception {
    TestSite site = TestSite.write(folder, Minimal.ALL);
    site.add(Minimal.SPEAKERS + "  photo: photos/ada.jpg\n");
    site.writeBytes("data/demo/photos/ada.jpg", Images.jpeg(600, 400));
    Map<String, byte[]> first = new HashMap<>();
    Map<String, byte[]> second = new HashMap<>();
    try (Tasks tasks = new Tasks()) {
      IncrementalBuild build = new IncrementalBuild(new BuildOptions(folder, site.output(), null, true, false), tasks);
      build.render(file -> first.put(file.path(), file.bytes()));

      site.add(Minimal.SPEAKERS.replace("Ada runs a cluster.", "Ada runs two clusters.") + "  photo: photos/ada.jpg\n");
      build.render(file -> second.put(file.path(), file.bytes()));
    }

    List<String> scaled = first.keySet().stream().filter(path -> path.matches(PHOTOS + "ada-.*")).toList();
    assertThat(scaled).hasSize(2);
    scaled.forEach(path -> assertThat(second.get(path)).as("kept, not scaled again: " + path)
        .isSameAs(first.get(path)));
  }

  private static void deleteTree(Path root) throws IOException {
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static Map<String, byte[]> photos(TestSite site) throws IOException {
    Map<String, byte[]> files = new HashMap<>();
    for (String path : site.outputFiles()) {
      if (path.startsWith(PHOTOS)) {
        files.put(path, Files.readAllBytes(site.output().resolve(path)));
      }
    }
    return files;
  }
}
