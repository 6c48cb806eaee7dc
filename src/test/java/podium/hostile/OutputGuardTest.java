package podium.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import podium.Minimal;
import podium.TestSite;

/**
 * `build -o` replaces the whole folder it is given, so a folder whose loss would hurt is refused with exit 2
 * before anything is read or written: the project and its previous output stay as they were.
 */
class OutputGuardTest {
  private static final String ADVICE = "; choose a new or empty folder";

  @TempDir
  Path folder;
  TestSite site;
  Path project;

  @BeforeEach
  void aBuiltSite() {
    project = folder.resolve("project");
    site = Hostile.builtThenChanged(project, "");
  }

  private void assertRefused(Path output, String reason) {
    Hostile.Before before = Hostile.before(site);
    TestSite.Run run = site.run("build", "-o", output.toString());
    Hostile.assertRefused(run, 2, "podium: will not replace " + output + ": " + reason + ADVICE);
    before.assertUnchanged();
  }

  /** {@code --edition} names the output folder a one-edition build writes: a path there would lead out of it. */
  @ParameterizedTest
  @ValueSource(strings = {"build", "check"})
  void anEditionThatIsAPathIsRefusedBeforeAnythingIsMade(String command) {
    Path beside = folder.resolve("beside");
    Hostile.Before before = Hostile.before(site);
    Map<String, String> around = Hostile.snapshot(folder);

    TestSite.Run run = site.run(command, "--edition", "../../beside");

    Hostile.assertRefused(run, 2, "podium: --edition '../../beside' is not an edition id (ids may use lowercase "
        + "letters, digits, '-' and '_', and start with a letter or digit)");
    before.assertUnchanged();
    assertThat(Hostile.snapshot(folder)).as("nothing made next to the project").isEqualTo(around);
    assertThat(beside).doesNotExist();
  }

  @Test
  void theProjectItself() {
    assertRefused(project, "it is the project folder");
  }

  @Test
  void aFolderHoldingTheProject() {
    assertRefused(folder, "it contains the project");
  }

  @ParameterizedTest
  @ValueSource(strings = {"content", "data", "templates", "assets"})
  void theProjectsSources(String source) {
    assertRefused(project.resolve(source), "it is the project's " + source + "/ folder");
  }

  @Test
  void aFolderInsideTheContent() {
    assertRefused(project.resolve("content/demo/en"), "it is inside the project's content/ folder");
  }

  @Test
  void aLinkToTheContent() throws IOException {
    Path link = Files.createSymbolicLink(folder.resolve("link"), project.resolve("content"));
    assertRefused(link, "it is the project's content/ folder");
  }

  @Test
  void aFile() throws IOException {
    Path file = Files.writeString(folder.resolve("notes.txt"), "my notes");
    assertRefused(file, "it is a file");
    assertThat(file).hasContent("my notes");
  }

  @Test
  void theRootOfTheFileSystem() {
    assertRefused(Path.of("/"), "it is the root of the file system");
  }

  @Test
  void theHomeFolder() throws IOException {
    Path home = Files.createDirectories(folder.resolve("home"));
    Files.writeString(home.resolve(".bashrc"), "alias ll='ls -l'");
    String realHome = System.getProperty("user.home");
    System.setProperty("user.home", home.toString());  // what `-o ~` passes, with a home that may be lost
    try {
      assertRefused(home, "it is your home folder");
    } finally {
      System.setProperty("user.home", realHome);
    }
    assertThat(home.resolve(".bashrc")).hasContent("alias ll='ls -l'");
  }

  @Test
  void aFolderInsideAnOutput() throws IOException {
    assertRefused(site.output().resolve("demo/en"),
        "it is inside " + site.output().toRealPath() + ", which Podium replaces as a whole");
  }

  @Test
  void aFolderOfSomeoneElsesFiles() throws IOException {
    Path www = Files.createDirectories(folder.resolve("www"));
    Files.writeString(www.resolve("index.html"), "<h1>My site</h1>");
    Hostile.Before before = Hostile.before(site);

    TestSite.Run run = site.run("build", "-o", www.toString());

    Hostile.assertRefused(run, 2, "podium: will not replace " + www + ": it holds files that Podium did not write"
        + ADVICE + ", or, if an older Podium wrote it, create an empty file .podium-output in it first");
    before.assertUnchanged();
    assertThat(www.resolve("index.html")).hasContent("<h1>My site</h1>");
  }

  @Test
  void aDefaultOutputWithOtherFilesIsRefusedToo() throws IOException {
    Files.delete(site.output().resolve(".podium-output"));
    Files.delete(site.output().resolve("_headers"));  // no longer what an older Podium left

    TestSite.Run run = site.build();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("podium: will not replace " + site.output() + ": it holds files");
  }

  @Test
  void aNewFolderAnEmptyOneAndOnePodiumWroteAreAccepted() throws IOException {
    Path fresh = folder.resolve("out/new");
    Path empty = Files.createDirectories(folder.resolve("empty"));

    for (Path output : new Path[] {fresh, empty, fresh}) {
      TestSite.Run run = site.run("build", "--quiet", "-o", output.toString());
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(output.resolve("demo/en/index.html")).isRegularFile();
      assertThat(output.resolve(".podium-output")).content().startsWith("This folder was written by Podium");
    }
  }

  @Test
  void theDefaultOutputOfAnOlderPodiumIsAcceptedAndMarked() throws IOException {
    Files.delete(site.output().resolve(".podium-output"));

    TestSite.Run run = site.build();

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(site.output().resolve(".podium-output")).isRegularFile();
  }

  @Test
  void aFolderSomeoneMarkedAsPodiumsIsAccepted() throws IOException {
    Path old = Files.createDirectories(folder.resolve("published-by-podium-0.0.9"));
    Files.writeString(old.resolve("stale.html"), "stale");
    Files.createFile(old.resolve(".podium-output"));

    TestSite.Run run = site.run("build", "--quiet", "-o", old.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(old.resolve("stale.html")).doesNotExist();
  }

  @Test
  void anEditionsBuildIntoANewFolderMarksTheFolder() {
    Path output = folder.resolve("one-edition");

    TestSite.Run run = site.run("build", "--quiet", "--edition", "demo", "-o", output.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(output.resolve(".podium-output")).isRegularFile();
    assertThat(output.resolve("demo/en/index.html")).isRegularFile();
    assertThat(site.run("build", "--quiet", "-o", output.toString()).exitCode()).isZero();
  }
}
