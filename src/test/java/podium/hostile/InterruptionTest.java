package podium.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.TestSite;

/**
 * A build or publish killed at its worst moment (the JVM destroyed, as by `kill -9` or a power cut of the
 * process): the previous output or published site is still whole, and the next run removes what the killed
 * one left and succeeds. The run is a separate JVM that waits at a named point of the writer
 * ({@code podium.test.pauseAt}) until the test has killed it.
 */
class InterruptionTest {
  private static final String EDIT = "-- content/demo/en/about.md --\n---\ntitle: About\n---\nEdited text.\n";
  private static final String BROKEN = "-- content/demo/en/broken.md --\n---\ntitle: [\n---\n";

  @TempDir
  Path folder;
  TestSite site;
  Path www;

  @BeforeEach
  void aBuiltSite() {
    site = Hostile.builtThenChanged(folder.resolve("project"), "");
    www = folder.resolve("www");
  }

  @Test
  void killedWhileWritingTheBuildLeavesThePreviousOutputAndTheNextBuildCleansUp() throws Exception {
    site.add(EDIT);
    Hostile.Before before = Hostile.before(site);

    killAt("write", "build", "--quiet");

    before.assertUnchanged();
    assertThat(names(site.output().getParent())).contains("site").anyMatch(name -> name.startsWith(".site.new-"));
    assertSucceeds(site.build());
    assertThat(names(site.output().getParent())).containsExactly("site");
    assertThat(site.file("demo/en/about/index.html")).contains("Edited text.");
  }

  @Test
  void killedBetweenTheRenamesOfTheSwapTheNextRunPutsThePreviousOutputBack() throws Exception {
    site.add(EDIT);
    Map<String, String> previous = Hostile.snapshot(site.output());

    killAt("swap", "build", "--quiet");

    // the one moment a build's folder swap has no output folder: the previous one is whole beside it
    assertThat(site.output()).doesNotExist();
    Path old = only(site.output().getParent(), ".site.old-");
    assertThat(Hostile.snapshot(old)).isEqualTo(previous);
    site.add(BROKEN);
    assertThat(site.build().exitCode()).as("a failed build still puts it back").isEqualTo(1);
    assertThat(Hostile.snapshot(site.output())).isEqualTo(previous);
    assertThat(names(site.output().getParent())).containsExactly("site");
    Files.delete(site.root().resolve("content/demo/en/broken.md"));
    assertSucceeds(site.build());
    assertThat(site.file("demo/en/about/index.html")).contains("Edited text.");
  }

  @Test
  void killedWhileCopyingAReleaseLeavesThePublishedSiteAndTheNextPublishCleansUp() throws Exception {
    Map<String, String> published = publishedThenEdited();

    killAt("publish-copy", "publish", "--to", www.toString());

    assertThat(Hostile.snapshot(www.toRealPath())).isEqualTo(published);
    assertThat(names(releases())).anyMatch(name -> name.contains(".new-"));
    assertSucceeds(publish());
    assertThat(names(releases())).hasSize(2).noneMatch(name -> name.startsWith("."));
    assertThat(Files.readString(www.resolve("demo/en/about/index.html"))).contains("Edited text.");
  }

  @Test
  void killedJustBeforeTheFlipLeavesThePublishedSiteAndTheNextPublishCleansUp() throws Exception {
    Map<String, String> published = publishedThenEdited();

    killAt("publish-flip", "publish", "--to", www.toString());

    assertThat(Hostile.snapshot(www.toRealPath())).isEqualTo(published);
    assertThat(names(folder)).anyMatch(name -> name.startsWith(".www.link-"));
    assertSucceeds(publish());
    assertThat(names(folder)).noneMatch(name -> name.startsWith(".www.link-"));
    assertThat(names(releases())).hasSize(2);
    assertThat(Files.readString(www.resolve("demo/en/about/index.html"))).contains("Edited text.");
  }

  @Test
  void killedWhileMovingAnEarlierPublishedFolderAsideTheNextPublishCompletesTheFlip() throws Exception {
    Files.createDirectories(www);
    Files.writeString(www.resolve("index.html"), "published by an earlier Podium");
    Files.createFile(www.resolve(".podium-output"));

    killAt("publish-migrate", "publish", "--to", www.toString());

    // the one moment of a first publish over a real folder when the folder is missing (see SiteWriter.flip)
    assertThat(www).doesNotExist();
    assertSucceeds(publish());
    assertThat(Files.isSymbolicLink(www)).isTrue();
    assertThat(www.resolve("index.html")).hasSameBinaryContentAs(site.output().resolve("index.html"));
    assertThat(names(folder)).noneMatch(name -> name.startsWith(".www.link-"));
  }

  /** The site published, then edited and built again: what it published, to compare after the kill. */
  private Map<String, String> publishedThenEdited() throws IOException {
    assertSucceeds(publish());
    Map<String, String> published = Hostile.snapshot(www.toRealPath());
    assertSucceeds(site.add(EDIT).build());
    return published;
  }

  private TestSite.Run publish() {
    return site.run("publish", "--to", www.toString());
  }

  private Path releases() {
    return folder.resolve(".www.releases");
  }

  private static void assertSucceeds(TestSite.Run run) {
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  /** Runs the command line in a JVM of its own, waits until it reaches {@code point}, and kills it there. */
  private void killAt(String point, String... args) throws Exception {
    Path signal = folder.resolve("paused-at-" + point);
    Path log = folder.resolve("run-" + point + ".log");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        "-Dpodium.test.pauseAt=" + point, "-Dpodium.test.pauseFile=" + signal, "podium.cli.Main"));
    command.addAll(List.of(args));
    command.addAll(List.of("--project", site.root().toString()));
    Process run = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
      while (!Files.exists(signal)) {
        if (!run.isAlive() || System.nanoTime() > deadline) {
          fail("the run did not pause at '" + point + "': " + Files.readString(log));
        }
        Thread.sleep(20);
      }
    } finally {
      run.destroyForcibly();
      run.waitFor();
    }
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.map(entry -> entry.getFileName().toString()).sorted().toList();
    }
  }

  private static Path only(Path folder, String prefix) throws IOException {
    List<String> matching = names(folder).stream().filter(name -> name.startsWith(prefix)).toList();
    assertThat(matching).hasSize(1);
    return folder.resolve(matching.get(0));
  }
}
