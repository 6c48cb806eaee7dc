package podium.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** File trees compared by relative path and bytes: "publishes exactly the generated files". */
final class Trees {
  private Trees() {}

  /** Every regular file under {@code root}, as a sorted list of '/'-separated relative paths. */
  static List<String> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(file -> root.relativize(file).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  /** The relative paths whose bytes differ between the two trees (both must hold the file). */
  static List<String> differingFiles(Path expected, Path actual, List<String> paths) {
    return paths.stream().filter(path -> {
      try {
        return Files.mismatch(expected.resolve(path), actual.resolve(path)) != -1;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).toList();
  }
}
