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

  static Map<String, byte[]> snapshot(TestSite site) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String path : site.outputFiles()) {
      files.put(path, Files.readAllBytes(site.output().resolve(path)));
    }
    return files;
  }
}
