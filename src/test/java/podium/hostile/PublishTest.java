package podium.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.TestSite;

/**
 * `publish --to DIR` makes DIR a link to a complete release and flips it in one rename: a reader never finds
 * the site missing, the previous release stays for going back, and folders that must not go are refused.
 */
class PublishTest {
  private static final String ADVICE = "; choose a new or empty folder";

  @TempDir
  Path folder;
  TestSite site;
  Path www;

  @BeforeEach
  void aBuiltSite() {
    site = Hostile.builtThenChanged(folder.resolve("project"), "");
    www = folder.resolve("www");
  }

  private TestSite.Run publish(String... more) {
    TestSite.Run run = site.run(Stream.concat(Stream.of("publish", "--to", www.toString()), Stream.of(more))
        .toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run;
  }

  private Path releases() {
    return folder.resolve(".www.releases");
  }

  @Test
  void aReaderNeverMissesThePageWhileTheSiteIsPublishedAgainAndAgain() throws Exception {
    publish();
    byte[] page = Files.readAllBytes(site.output().resolve("index.html"));
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger reads = new AtomicInteger();
    AtomicInteger misses = new AtomicInteger();
    Thread reader = new Thread(() -> {
      while (!stop.get()) {
        try {
          boolean same = java.util.Arrays.equals(Files.readAllBytes(www.resolve("index.html")), page);
          (same ? reads : misses).incrementAndGet();
        } catch (IOException e) {
          misses.incrementAndGet();
        }
      }
    });
    reader.start();
    try {
      for (int i = 0; i < 8; i++) {
        publish();
      }
    } finally {
      stop.set(true);
      reader.join();
    }

    assertThat(misses.get()).as("reads that found no page or another one").isZero();
    assertThat(reads.get()).isPositive();
    assertThat(Files.isSymbolicLink(www)).isTrue();
    try (Stream<Path> kept = Files.list(releases())) {
      assertThat(kept.count()).as("the current release and the previous one").isEqualTo(2);
    }
  }

  @Test
  void thePreviousReleaseIsKeptAndTheOutputSaysHowToGoBack() throws IOException {
    publish();
    Path first = www.toRealPath();
    site.add("-- content/demo/en/about.md --\n---\ntitle: About\n---\nA second text.\n").build();

    TestSite.Run run = publish();

    Path second = www.toRealPath();
    assertThat(run.out()).isEqualTo("published " + count(site.output()) + " files from " + site.output()
        + " to " + www + " (release " + second + ")\n"
        + "the previous release stays in " + first + "; to go back to it: podium publish --from " + first
        + " --to " + www + "\n");
    assertThat(Files.readString(www.resolve("demo/en/about/index.html"))).contains("A second text.");

    publish("--from", first.toString());

    assertThat(Files.readString(www.resolve("demo/en/about/index.html"))).doesNotContain("A second text.");
    assertThat(first.resolve("demo/en/about/index.html")).exists();
    assertThat(second.resolve("demo/en/about/index.html")).content().contains("A second text.");
  }

  @Test
  void aFolderAnEarlierPodiumPublishedBecomesThePreviousRelease() throws IOException {
    Files.createDirectories(www.resolve("old"));
    Files.writeString(www.resolve("old/stale.html"), "stale");
    Files.createFile(www.resolve(".podium-output"));

    TestSite.Run run = publish();

    assertThat(Files.isSymbolicLink(www)).isTrue();
    assertThat(www.resolve("old")).doesNotExist();
    assertThat(run.out().lines().toList().get(1)).startsWith("the previous release stays in " + releases());
    try (Stream<Path> kept = Files.list(releases())) {
      assertThat(kept.filter(release -> Files.exists(release.resolve("old/stale.html"))).count()).isEqualTo(1);
    }
  }

  @Test
  void aFileTheRootTheProjectsTargetAndSomeoneElsesFolderAreRefused() throws IOException {
    Path file = Files.writeString(folder.resolve("notes.txt"), "my notes");
    Path foreign = Files.createDirectories(folder.resolve("foreign"));
    Files.writeString(foreign.resolve("index.html"), "mine");
    Path target = site.root().resolve("target");
    Hostile.Before before = Hostile.before(site);

    assertRefused(file, "podium: will not replace " + file + ": it is a file" + ADVICE);
    assertRefused(Path.of("/"), "podium: will not replace /: it is the root of the file system" + ADVICE);
    assertRefused(target, "podium: will not replace " + target + ": it contains the site to publish" + ADVICE);
    assertRefused(site.output(),
        "podium: will not replace " + site.output() + ": it is the site to publish" + ADVICE);
    assertRefused(site.output().resolve("demo"),
        "podium: will not replace " + site.output().resolve("demo") + ": it is inside the site to publish" + ADVICE);
    assertRefused(foreign, "podium: will not replace " + foreign + ": it holds files that Podium did not write"
        + ADVICE + ", or, if an older Podium wrote it, create an empty file .podium-output in it first");

    before.assertUnchanged();
    assertThat(file).hasContent("my notes");
    assertThat(foreign.resolve("index.html")).hasContent("mine");
  }

  private void assertRefused(Path to, String message) {
    Hostile.assertRefused(site.run("publish", "--to", to.toString()), 2, message);
  }

  @Test
  void aReleasesFolderThatIsALinkElsewhereIsRefused() throws IOException {
    Path elsewhere = Files.createDirectories(folder.resolve("elsewhere"));
    Files.createSymbolicLink(releases(), elsewhere);

    Hostile.assertRefused(site.run("publish", "--to", www.toString()), 2, "podium: will not publish to " + www + ": "
        + releases() + " is not the folder of its releases (it is a file or a link); move it away first");
    assertThat(www).doesNotExist();
    assertThat(elsewhere).isEmptyDirectory();
  }

  @Test
  void onlyASitePodiumBuiltIsPublished() throws IOException {
    Path copied = Files.createDirectories(folder.resolve("copied"));
    Files.writeString(copied.resolve("index.html"), "<h1>Hello</h1>");

    TestSite.Run run = site.run("publish", "--from", copied.toString(), "--to", www.toString());

    Hostile.assertRefused(run, 2, "podium: will not publish " + copied
        + ": Podium did not build it (it has no .podium-output file); build it with 'podium build' first");
    assertThat(www).doesNotExist();
  }

  private static long count(Path site) throws IOException {
    try (Stream<Path> files = Files.walk(site)) {
      return files.filter(Files::isRegularFile).count() - 1;  // the marker is copied, not counted
    }
  }
}
