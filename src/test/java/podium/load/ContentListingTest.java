package podium.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.diagnostic.Problems;

/**
 * The preview lists {@code content/} from its last listing only when the watcher's changes say exactly what the
 * folder now holds; whatever they cannot say (a folder, a link, lost events, a walk with problems) makes it walk.
 */
class ContentListingTest {
  @TempDir
  Path project;
  private Path content;
  private final ContentListing listing = new ContentListing();
  private final List<Path> reread = new ArrayList<>();

  @BeforeEach
  void pages() throws IOException {
    content = project.resolve("content");
    write("demo/en/a.md", "demo/en/b.md", "demo/en/b-c/d.md", "demo/en/b/e.md");
  }

  @Test
  void filesAddedChangedAndDeletedAreListedWithoutAWalk() throws IOException {
    assertThat(list(null)).hasSize(4);
    assertThat(listing.listedLast()).isFalse();
    write("demo/en/new.md");
    Files.writeString(content.resolve("demo/en/a.md"), "changed");
    Files.delete(content.resolve("demo/en/b.md"));

    List<Path> files = list(changes(true, "demo/en/new.md", "demo/en/a.md", "demo/en/b.md", "demo/en/gone.tmp~"));

    assertThat(listing.listedLast()).isTrue();
    assertThat(files).isEqualTo(walked());
    assertThat(reread).containsExactly(content.resolve("demo/en/new.md"), content.resolve("demo/en/a.md"));
  }

  @Test
  void aFolderThatAppearsOrGoesIsWalked() throws IOException {
    list(null);
    write("demo/en/info/wifi.md");
    assertThat(list(changes(true, "demo/en/info"))).isEqualTo(walked());
    assertThat(listing.listedLast()).as("a folder appeared").isFalse();

    Files.delete(content.resolve("demo/en/b/e.md"));
    Files.delete(content.resolve("demo/en/b"));
    // "b-c/d.md" sorts between "b" and "b/e.md": the files once below b are found past it
    assertThat(list(changes(true, "demo/en/b"))).isEqualTo(walked());
    assertThat(listing.listedLast()).as("a folder went").isFalse();
  }

  @Test
  void lostEventsAndUnknownChangesAreWalked() throws IOException {
    list(null);
    write("demo/en/unseen.md");
    assertThat(list(changes(false))).contains(content.resolve("demo/en/unseen.md"));
    assertThat(listing.listedLast()).isFalse();
    write("demo/en/unseen2.md");
    assertThat(list(null)).contains(content.resolve("demo/en/unseen2.md"));
    assertThat(listing.listedLast()).isFalse();
  }

  @Test
  void aListingThroughALinkIsNeverTrusted() throws IOException {
    Files.createSymbolicLink(content.resolve("demo/fr"), content.resolve("demo/en"));
    assertThat(list(null)).hasSize(8);
    write("demo/en/new.md");
    assertThat(list(changes(true, "demo/en/new.md"))).hasSize(10);
    assertThat(listing.listedLast()).as("the same file reached through the link").isFalse();
  }

  /** A page replaced by a link out of the project while the preview runs: the walk refuses it, as a build does. */
  @Test
  void aFileReplacedByALinkOutOfTheProjectIsWalkedAndRefused(@TempDir Path elsewhere) throws IOException {
    list(null);
    Path secret = Files.writeString(elsewhere.resolve("secret.md"), "not for the site");
    Path page = content.resolve("demo/en/a.md");
    Files.delete(page);
    Files.createSymbolicLink(page, secret);

    Problems problems = new Problems();
    List<Path> files = listing.files(new ProjectBoundary(project), content, problems, changes(true, "demo/en/a.md"),
        (file, attributes) -> {}, reread::add);

    assertThat(listing.listedLast()).isFalse();
    assertThat(files).doesNotContain(page);
    assertThat(problems.sorted()).extracting(problem -> problem.format())
        .containsExactly("content/demo/en/a.md:1:1: error: links outside the project are not read ('" + secret.toRealPath()
            + "') (copy the file into the project)");
  }

  /**
   * A reported path that climbs out of content/ with "..": nothing outside the folder is listed, and so read,
   * through the listing, whatever the report says.
   */
  @Test
  void aReportedPathThatClimbsOutOfTheFolderIsNeverListed(@TempDir Path elsewhere) throws IOException {
    list(null);
    Files.writeString(project.resolve("notes.md"), "inside the project, not content");
    Path outside = Files.writeString(elsewhere.resolve("secret.md"), "not for the site");
    Path climbing = content.resolve("demo/en/../../../notes.md");
    Path leaving = content.resolve("demo/" + "../".repeat(content.getNameCount() + 2)
        + outside.toString().substring(1));

    List<Path> files = list(new ChangedInputs(List.of(climbing, leaving), true));

    assertThat(listing.listedLast()).as("a path that may lead anywhere makes the load walk").isFalse();
    assertThat(files).isEqualTo(walked()).hasSize(4);
    assertThat(files).noneMatch(file -> file.normalize().startsWith(elsewhere) || file.toString().contains(".."));
    assertThat(reread).isEmpty();
  }

  @Test
  void aWalkWithProblemsIsWalkedAgainSoThatTheyAreReportedAgain() throws IOException {
    Files.createSymbolicLink(content.resolve("demo/loop"), content.resolve("demo"));
    Problems first = new Problems();
    listing.files(new ProjectBoundary(project), content, first, null, (file, attributes) -> {}, reread::add);
    assertThat(first.isEmpty()).isFalse();
    Problems again = new Problems();
    listing.files(new ProjectBoundary(project), content, again, changes(true), (file, attributes) -> {},
        reread::add);
    assertThat(again.sorted()).isEqualTo(first.sorted());
  }

  private List<Path> list(ChangedInputs changes) {
    reread.clear();
    Problems problems = new Problems();
    List<Path> files = listing.files(new ProjectBoundary(project), content, problems, changes,
        (file, attributes) -> {}, reread::add);
    assertThat(problems.sorted()).isEmpty();
    return files;
  }

  private List<Path> walked() {
    return ProjectFiles.filesBelow(new ProjectBoundary(project), content, new Problems(), (file, attributes) -> {});
  }

  private ChangedInputs changes(boolean complete, String... paths) {
    return new ChangedInputs(java.util.Arrays.stream(paths).map(content::resolve).toList(), complete);
  }

  private void write(String... paths) throws IOException {
    for (String path : paths) {
      Path file = content.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, path);
    }
  }
}
