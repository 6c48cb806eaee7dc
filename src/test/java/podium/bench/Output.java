package podium.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/** File writing for the generator: folders are created once each, not once per file (thousands of files). */
final class Output {
  private final Set<Path> folders = new HashSet<>();

  private Output() {}

  static Output to() {
    return new Output();
  }

  void write(Path file, String text) {
    try {
      if (folders.add(file.getParent())) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies every regular file below {@code from} into {@code to}, keeping relative paths. */
  void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (folders.add(target.getParent())) {
          Files.createDirectories(target.getParent());
        }
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /** Removes a previous corpus so that a smaller S does not leave stale session files behind. */
  static void clear(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** A YAML/JSON double-quoted scalar; the generated texts hold no control characters. */
  static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
