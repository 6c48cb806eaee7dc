package podium.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** File-system listing helpers with stable, sorted results, so builds do not depend on directory order. */
final class ProjectFiles {
  private ProjectFiles() {}

  static List<Path> children(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(path -> !isHidden(path.getFileName())).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Path> filesBelow(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.walk(dir)) {
      return entries.filter(Files::isRegularFile)
          .filter(path -> !isHidden(dir.relativize(path)))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Editor backups and dot-files (.DS_Store, .#page.md, page.md~) are never content. */
  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      String name = part.toString();
      if (name.startsWith(".") || name.endsWith("~")) {
        return true;
      }
    }
    return false;
  }

  static String slashes(Path relative) {
    return relative.toString().replace('\\', '/');
  }

  /** The file's {@link ContentHash}: enough to tell versions of an asset apart. */
  static String digest(Path file) {
    return ContentHash.of(read(file));
  }

  static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
