package podium.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import podium.Minimal;
import podium.TestSite;

/**
 * What every hostile-input test holds to: the attack is refused with an exact message and exit code, and
 * neither the project nor the previous output changed by one byte. Tests build a valid site first, so there
 * is an output to protect, then write the attack on top.
 */
final class Hostile {
  private Hostile() {}

  /** The minimal edition, built once (so a previous output exists), with {@code attack} written on top. */
  static TestSite builtThenChanged(Path folder, String attack) {
    TestSite site = TestSite.write(folder, Minimal.ALL);
    TestSite.Run first = site.build();
    assertThat(first.exitCode()).as(first.err()).isZero();
    return site.add(attack);
  }

  /** Every file, folder and link under a root, with a digest of its content, taken before an attack. */
  static Map<String, String> snapshot(Path root) {
    Map<String, String> entries = new TreeMap<>();
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return entries;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.toList()) {
        String key = root.relativize(path).toString().replace('\\', '/');
        if (Files.isSymbolicLink(path)) {
          entries.put(key, "link -> " + Files.readSymbolicLink(path));
        } else if (Files.isDirectory(path)) {
          entries.put(key, "folder");
        } else {
          entries.put(key, digest(Files.readAllBytes(path)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  /** The project (without its output folder) and the output, as they are now. */
  static Before before(TestSite site) {
    return new Before(site, snapshotWithout(site.root(), "target"), snapshot(site.output()));
  }

  private static Map<String, String> snapshotWithout(Path root, String topFolder) {
    Map<String, String> all = snapshot(root);
    all.keySet().removeIf(path -> path.equals(topFolder) || path.startsWith(topFolder + "/"));
    return all;
  }

  /** Exit code, the exact problem lines (or, for a usage error, the exact error output) and no stack trace. */
  static void assertRefused(TestSite.Run run, int exitCode, String... lines) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
    assertThat(run.err() + run.out()).as("no Java leaks into messages").doesNotContain("\tat ")
        .doesNotContain("Exception").doesNotContain("java.");
    if (exitCode == 1) {
      assertThat(run.problems()).as(run.err()).containsExactly(lines);
    } else {
      assertThat(run.err().lines().toList()).containsExactly(lines);
    }
  }

  /** The state of a project and its output before an attack. */
  record Before(TestSite site, Map<String, String> project, Map<String, String> output) {
    void assertUnchanged() {
      assertThat(snapshotWithout(site.root(), "target")).as("the project").isEqualTo(project);
      assertThat(snapshot(site.output())).as("the previous output").isEqualTo(output);
    }
  }

  private static String digest(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
