package podium.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import podium.diagnostic.Position;
import podium.diagnostic.Problems;

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

  /**
   * The files in {@code dir} and its folders, following symbolic links as {@link #children} does: without it
   * a linked {@code content/} or a linked folder inside it (shared pages, a mounted checkout) was silently
   * empty. A link back to a folder that contains it is reported (paths relative to {@code root}) and skipped.
   */
  static List<Path> filesBelow(Path root, Path dir, Problems problems) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              if (attributes.isRegularFile() && !isHidden(dir.relativize(file))) {
                files.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
              if (e instanceof FileSystemLoopException) {
                problems.error(slashes(root.relativize(file)), Position.START,
                    "this link leads back to a folder that contains it", "remove the link or point it elsewhere");
                return FileVisitResult.CONTINUE;
              }
              throw e;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.sort(null);
    return files;
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

  static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
