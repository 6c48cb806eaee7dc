package podium.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import podium.Minimal;
import podium.TestSite;
import podium.cli.Main;
import podium.diagnostic.Problems;
import podium.load.ProjectLoader;
import podium.photos.Images;

/**
 * Inputs stay inside the project, outputs inside the output folder. A link leading out of the project (to
 * {@code /etc/passwd}, a home folder) is refused where it is, and nothing of its target reaches the output or the
 * messages; links inside the project, and a project reached through a link, still work. URL words of the
 * interface strings become folders, so they follow the rule of ids. The project is {@code project/}, the
 * attacker's files are in {@code outside/} next to it, each holding {@link #SECRET}.
 */
class PathAttacksTest {
  private static final String SECRET = "SECRET-4f1c9e";
  private static final String IDS = "ids may use lowercase letters, digits, '-' and '_', and start with a letter "
      + "or digit";

  @TempDir
  Path folder;
  private Path outside;
  private TestSite site;

  @BeforeEach
  void builtProjectAndOutsideFiles() throws IOException {
    site = Hostile.builtThenChanged(folder.resolve("project"), "");
    outside = Files.createDirectories(folder.resolve("outside")).toRealPath();
    Files.writeString(outside.resolve("secret.md"), "title=" + SECRET + "\n~~~~~~\n" + SECRET + "\n");
    Files.createDirectories(outside.resolve("pages"));
    Files.writeString(outside.resolve("pages/leak.md"), "---\ntitle: " + SECRET + "\n---\n" + SECRET + "\n");
  }

  @Test
  void aSessionDescriptionLinkedToAFileOutside() throws IOException {
    link("content/demo/en/sessions/opening.md", outside.resolve("secret.md"));

    assertRefused("content/demo/en/sessions/opening.md:1:1: error: links outside the project are not read ('"
        + outside.resolve("secret.md") + "') (copy the file into the project)");
  }

  @Test
  void aSessionDescriptionLinkedToEtcPasswd() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(Path.of("/etc/passwd")));
    link("content/demo/fr/sessions/opening.md", Path.of("/etc/passwd"));

    assertRefused("content/demo/fr/sessions/opening.md:1:1: error: links outside the project are not read ('"
        + Path.of("/etc/passwd").toRealPath() + "') (copy the file into the project)");
    assertNowhereInTheOutput(Files.readAllLines(Path.of("/etc/passwd")).get(0));
  }

  @Test
  void aFolderLinkToAFolderAboveTheProject() throws IOException {
    link("content/demo/en/up", folder);

    assertRefused("content/demo/en/up:1:1: error: links outside the project are not read ('" + folder.toRealPath()
        + "') (copy the folder into the project)");
  }

  @Test
  void aFolderInContentLinkedOutside() throws IOException {
    link("content/demo/en/more", outside.resolve("pages"));

    assertRefused("content/demo/en/more:1:1: error: links outside the project are not read ('"
        + outside.resolve("pages") + "') (copy the folder into the project)");
  }

  /** A folder of the project moved out and linked back, with a file that would be published or reported if read. */
  @ParameterizedTest
  @ValueSource(strings = {"content", "content/demo/fr", "data", "data/demo", "templates", "templates/i18n",
      "assets", "assets/css"})
  void aFolderOfTheProjectLinkedFromOutside(String path) throws IOException {
    Path moved = Files.move(site.root().resolve(path), outside.resolve(path.replace('/', '-')));
    Files.writeString(moved.resolve("leak.txt"), SECRET);
    link(path, moved);

    assertRefused(path + ":1:1: error: links outside the project are not read ('" + moved
        + "') (copy the folder into the project)");
  }

  @Test
  void aFolderInTemplatesLinkedOutside() throws IOException {
    Files.createDirectories(outside.resolve("partials"));
    Files.writeString(outside.resolve("partials/leak.ftlh"), SECRET);
    link("templates/partials", outside.resolve("partials"));

    assertRefused("templates/partials:1:1: error: links outside the project are not read ('"
        + outside.resolve("partials") + "') (copy the folder into the project)");
  }

  @Test
  void interfaceStringsLinkedToAFileOutside() throws IOException {
    Files.writeString(outside.resolve("en.yaml"),
        Files.readString(site.root().resolve("templates/i18n/en.yaml")).replace("Programme", SECRET));
    Files.delete(site.root().resolve("templates/i18n/en.yaml"));
    link("templates/i18n/en.yaml", outside.resolve("en.yaml"));

    assertRefused("templates/i18n/en.yaml:1:1: error: links outside the project are not read ('"
        + outside.resolve("en.yaml") + "') (copy the file into the project)");
  }

  @Test
  void aFolderInAssetsLinkedOutside() throws IOException {
    Files.createDirectories(outside.resolve("styles"));
    Files.writeString(outside.resolve("styles/leak.css"), "/* " + SECRET + " */");
    link("assets/styles", outside.resolve("styles"));

    assertRefused("assets/styles:1:1: error: links outside the project are not read ('" + outside.resolve("styles")
        + "') (copy the folder into the project)");
  }

  @Test
  void theSiteFileLinkedOutside() throws IOException {
    Files.writeString(outside.resolve("site.yaml"), "title: " + SECRET + "\n");
    link("site.yaml", outside.resolve("site.yaml"));

    assertRefused("site.yaml:1:1: error: links outside the project are not read ('" + outside.resolve("site.yaml")
        + "') (copy the file into the project)");
  }

  @Test
  void aPhotoLinkedToAFileOutside() throws IOException {
    Files.write(outside.resolve("ada.jpg"), secretJpeg());
    site.add(Minimal.SPEAKERS + "  photo: photos/ada.jpg\n");
    link("data/demo/photos/ada.jpg", outside.resolve("ada.jpg"));

    assertRefused("data/demo/photos/ada.jpg:1:1: error: links outside the project are not read ('"
        + outside.resolve("ada.jpg") + "') (copy the file into the project)");
  }

  @Test
  void aPhotosFolderLinkedOutside() throws IOException {
    Files.createDirectories(outside.resolve("photos"));
    Files.write(outside.resolve("photos/ada.jpg"), secretJpeg());
    site.add(Minimal.SPEAKERS + "  photo: photos/ada.jpg\n");
    link("data/demo/photos", outside.resolve("photos"));

    assertRefused("data/demo/photos:1:1: error: links outside the project are not read ('"
        + outside.resolve("photos") + "') (copy the folder into the project)");
  }

  @Test
  void aPhotoPathLeavingTheProject() throws IOException {
    Files.write(outside.resolve("ada.jpg"), secretJpeg());
    site.add(Minimal.SPEAKERS + "  photo: ../../../outside/ada.jpg\n");

    assertRefused("data/demo/speakers.yaml:5:10: error: unsafe photo path '../../../outside/ada.jpg' (write a path "
        + "inside the edition's data folder, such as photos/jane-doe.jpg, without '..' or a leading '/')");
  }

  @Test
  void anAbsolutePhotoPath() throws IOException {
    Files.write(outside.resolve("ada.jpg"), secretJpeg());
    site.add(Minimal.SPEAKERS + "  photo: " + outside.resolve("ada.jpg") + "\n");

    assertRefused("data/demo/speakers.yaml:5:10: error: unsafe photo path '" + outside.resolve("ada.jpg")
        + "' (write a path inside the edition's data folder, such as photos/jane-doe.jpg, without '..' or a "
        + "leading '/')");
  }

  @ParameterizedTest
  @ValueSource(strings = {"../../x", "/abs", "a/../../b", ".", "..", "a\\b", "%2e%2e", "..%2f..%2fx", "Programme"})
  void anUnsafeUrlWordInTheInterfaceStrings(String word) {
    site.add("-- templates/i18n/en.yaml --\n" + englishStrings().replace("slug_programme: programme",
        "slug_programme: '" + word + "'"));

    assertRefused("templates/i18n/en.yaml:2:17: error: unsafe slug '" + word + "' (" + IDS + ")");
  }

  @Test
  void anEmptyUrlWord() {
    site.add("-- templates/i18n/en.yaml --\n" + englishStrings().replace("slug_programme: programme",
        "slug_programme: ''"));

    assertRefused("templates/i18n/en.yaml:2:17: error: interface string 'slug_programme' is empty");
  }

  @Test
  void thePreviewNeverReadsADescriptionThatBecameALinkOutside() throws IOException {
    Path description = link("content/demo/en/sessions/opening.md", outside.resolve("secret.md"));
    Problems problems = new Problems();

    assertThat(new ProjectLoader().markdownFile(site.root(), description, problems)).isNull();
    assertThat(problems.sorted()).map(Object::toString).containsExactly(
        "content/demo/en/sessions/opening.md:1:1: error: links outside the project are not read ('"
            + outside.resolve("secret.md") + "') (copy the file into the project)");
  }

  @Test
  void linksInsideTheProjectAreFollowed() throws IOException {
    site.add("-- notes/opening.md --\nThe opening, in " + "detail.\n"
        + "-- shared/photos/.keep --\n" + Minimal.SPEAKERS + "  photo: photos/ada.jpg\n");
    Files.write(site.root().resolve("shared/photos/ada.jpg"), Images.jpeg(4, 4));
    link("content/demo/en/sessions/opening.md", Path.of("../../../../notes/opening.md"));
    link("data/demo/photos", site.root().resolve("shared/photos"));

    TestSite.Run run = site.build();

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(site.file("demo/en/sessions/opening/index.html")).contains("The opening, in detail.");
    assertThat(site.outputFiles()).anyMatch(path -> path.matches("demo/assets/photos/ada\\.[0-9a-f]+\\.jpg"));
  }

  @Test
  void aProjectReachedThroughALinkBuilds() throws IOException {
    site.add("-- notes/opening.md --\nThe opening, in detail.\n");
    link("content/demo/en/sessions/opening.md", site.root().resolve("notes/opening.md"));
    Path project = Files.createSymbolicLink(folder.resolve("link-to-project"), site.root());
    StringWriter err = new StringWriter();

    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "build", "--quiet", "--project",
        project.toString());

    assertThat(code).as(err.toString()).isZero();
    assertThat(site.file("demo/en/sessions/opening/index.html")).contains("The opening, in detail.");
  }

  /** The attack must be refused with exactly {@code lines}, changing nothing and publishing nothing from outside. */
  private void assertRefused(String... lines) {
    Hostile.Before before = Hostile.before(site);
    Map<String, String> beside = Hostile.snapshot(folder);
    TestSite.Run run = site.build();

    Hostile.assertRefused(run, 1, lines);
    before.assertUnchanged();
    assertThat(Hostile.snapshot(folder)).as("nothing written next to the project").isEqualTo(beside);
    assertThat(run.err() + run.out()).doesNotContain(SECRET);
    assertNowhereInTheOutput(SECRET);
  }

  private void assertNowhereInTheOutput(String text) {
    try (Stream<Path> files = Files.walk(site.output())) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
            .doesNotContain(text);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path link(String path, Path target) throws IOException {
    Path link = site.root().resolve(path);
    Files.createDirectories(link.getParent());
    return Files.createSymbolicLink(link, target);
  }

  private String englishStrings() {
    try {
      return Files.readString(site.root().resolve("templates/i18n/en.yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A valid JPEG with the secret after its end, where decoders do not look but a copy would carry it. */
  private static byte[] secretJpeg() {
    byte[] image = Images.jpeg(4, 4);
    byte[] secret = SECRET.getBytes(StandardCharsets.US_ASCII);
    byte[] both = java.util.Arrays.copyOf(image, image.length + secret.length);
    System.arraycopy(secret, 0, both, image.length, secret.length);
    return both;
  }
}
