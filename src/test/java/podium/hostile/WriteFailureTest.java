package podium.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.TestSite;

/**
 * A folder that cannot be written is told in words, naming the folder the user asked for and what stands in
 * the way, never with an exception's class name. (Permissions cannot be tested here: the tests may run as
 * root; OutcomeTest covers the words for every kind of failure.)
 */
class WriteFailureTest {
  @TempDir
  Path folder;

  @Test
  void aFileInTheWayOfTheOutputFolder() throws IOException {
    TestSite site = Hostile.builtThenChanged(folder.resolve("project"), "");
    Path file = Files.writeString(folder.resolve("notes.txt"), "my notes");
    Path output = file.resolve("site");
    Hostile.Before before = Hostile.before(site);

    TestSite.Run run = site.run("build", "--quiet", "-o", output.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("podium: could not write " + output + ": " + file + " is in the way\n");
    before.assertUnchanged();
    assertThat(file).hasContent("my notes");
  }
}
