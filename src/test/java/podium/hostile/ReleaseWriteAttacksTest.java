package podium.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.TestSite;

/**
 * {@code podium release} writes one file into the project: a releases folder, or an edition folder, that links
 * elsewhere must not carry that file out of the project, and nothing outside may change.
 */
class ReleaseWriteAttacksTest {
  @TempDir
  Path folder;

  @Test
  void aReleasesFolderLinkedOutOfTheProjectIsRefusedAndNothingIsWrittenThere() throws IOException {
    TestSite site = Hostile.builtThenChanged(folder.resolve("project"), "");
    Path outside = Files.createDirectories(folder.resolve("outside"));
    Files.createSymbolicLink(site.root().resolve("data/demo/releases"), outside);
    Hostile.Before before = Hostile.before(site);
    Map<String, String> elsewhere = Hostile.snapshot(outside);

    TestSite.Run run = site.run("release", "demo", "--date", "2030-01-10");

    Hostile.assertRefused(run, 1, "data/demo/releases:1:1: error: links outside the project are not read ('"
        + outside.toRealPath() + "') (copy the folder into the project)");
    before.assertUnchanged();
    assertThat(Hostile.snapshot(outside)).isEqualTo(elsewhere).containsOnlyKeys("");
  }

  @Test
  void aReleasesFolderLinkedInsideTheProjectIsStillNotWrittenThrough() throws IOException {
    TestSite site = Hostile.builtThenChanged(folder.resolve("project"), "");
    Path inside = Files.createDirectories(site.root().resolve("content/demo/en/elsewhere"));
    Files.createSymbolicLink(site.root().resolve("data/demo/releases"), inside);
    Hostile.Before before = Hostile.before(site);

    TestSite.Run run = site.run("release", "demo", "--date", "2030-01-10");

    Hostile.assertRefused(run, 2, "podium: data/demo/releases is not a folder of the project; nothing was written");
    before.assertUnchanged();
  }
}
