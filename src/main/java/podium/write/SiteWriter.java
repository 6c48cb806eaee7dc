package podium.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** Publishing a built site to a local folder: a copy swapped in atomically, stale files gone. */
public final class SiteWriter {
  private SiteWriter() {}

  /**
   * Replaces the folder {@code target} with a copy of {@code built}: files that are no longer built disappear,
   * and the folder is never seen half-copied. Modification times are kept, for precompressed files' sake.
   */
  public static int publish(Path built, Path target) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path fresh = Files.createDirectory(FolderSwap.sibling(target, "new"));
    List<Path> files;
    try (Stream<Path> walk = Files.walk(built)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    try {
      files.parallelStream().forEach(file -> {
        Path copy = fresh.resolve(OutputPath.below(built.relativize(file).toString()));
        try {
          Files.createDirectories(copy.getParent());
          Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      FolderSwap.deleteTree(fresh);
      throw e.getCause();
    } catch (RuntimeException e) {
      FolderSwap.deleteTree(fresh);
      throw e;
    }
    FolderSwap.swap(fresh, target);
    return files.size();
  }
}
