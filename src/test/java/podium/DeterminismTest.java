package podium;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input gives byte-identical output: no timestamps, no ordering that depends on threads. */
class DeterminismTest {
  @TempDir
  Path folder;

  @Test
  void twoBuildsOfTheSameInputAreByteIdentical() throws IOException {
    TestSite site = TestSite.write(folder, Minimal.ALL);
    assertThat(site.build().exitCode()).isZero();
    Map<String, byte[]> first = snapshot(site);

    assertThat(site.build().exitCode()).isZero();

    Map<String, byte[]> second = snapshot(site);
    assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
    first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
  }

  /** Every output reads the same site model whether it holds every edition or only the one asked for. */
  @Test
  void anEditionBuiltAloneIsTheSameAsInTheWholeSite() throws IOException {
    Path whole = folder.resolve("whole");
    Path alone = folder.resolve("alone");
    assertThat(build("-o", whole.toString())).isZero();
    assertThat(build("-o", alone.toString(), "--edition", "ecc-2020")).isZero();

    Map<String, byte[]> expected = files(whole.resolve("ecc-2020"));
    Map<String, byte[]> actual = files(alone.resolve("ecc-2020"));
    assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
    expected.forEach((path, bytes) -> assertThat(actual.get(path)).as(path).isEqualTo(bytes));
    assertThat(files(alone).keySet()).allMatch(path -> path.startsWith("ecc-2020/"));
  }

  private static int build(String... options) {
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("build", "--quiet", "-p", "."));
    args.addAll(java.util.List.of(options));
    return podium.cli.Main.run(new java.io.PrintWriter(new java.io.StringWriter()),
        new java.io.PrintWriter(System.err, true), args.toArray(String[]::new));
  }

  private static Map<String, byte[]> files(Path root) throws IOException {
    Map<String, byte[]> files = new java.util.TreeMap<>();
    try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
      // the folder a build may replace carries Podium's marker, at whichever level it was built
      for (Path file : walk.filter(Files::isRegularFile)
          .filter(file -> !file.getFileName().toString().equals(".podium-output")).toList()) {
        files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    }
    return files;
  }

  static Map<String, byte[]> snapshot(TestSite site) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String path : site.outputFiles()) {
      files.put(path, Files.readAllBytes(site.output().resolve(path)));
    }
    return files;
  }
}
