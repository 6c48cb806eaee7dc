package podium.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;

/**
 * Files a build makes exactly as the output it replaces has them are hard-linked from there instead of
 * written again. Writing every file anew made a rebuild slower than the first build: the swap then deletes
 * the whole old tree, and on ext4 creating files right after deleting thousands costs several times more
 * kernel time (bench/PROFILE.md, fourth pass). A linked file also keeps its modification time, so tools
 * that upload what changed (rsync, object-storage sync) see only the files that did. The old tree stays
 * complete until the swap, so a failed build still leaves it as it was.
 */
final class UnchangedFiles {
  private final Path previous;
  /** Cleared by the first failure to link (a file system without hard links): then every file is written. */
  private volatile boolean linking;

  UnchangedFiles(Path previous) {
    this.previous = previous;
    this.linking = previous != null && Files.isDirectory(previous);
  }

  /**
   * Links {@code file} (and its {@code siblings}: the same name plus each suffix, e.g. the precompressed
   * copies) to the previous output's {@code relative} when that holds exactly {@code bytes}; false when it
   * linked nothing and the caller must write the files.
   */
  boolean link(Path file, String relative, byte[] bytes, List<String> siblings) {
    if (!linking) {
      return false;
    }
    Path old = previous.resolve(OutputPath.below(relative));
    try {
      // a link someone put into the output is not a file of the last build: never linked to
      BasicFileAttributes attributes = Files.readAttributes(old, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!attributes.isRegularFile() || attributes.size() != bytes.length
          || !Arrays.equals(Files.readAllBytes(old), bytes)) {
        return false;
      }
      for (String suffix : siblings) {
        if (!Files.isRegularFile(withSuffix(old, suffix))) {
          return false;
        }
      }
    } catch (IOException e) {
      return false;  // absent or unreadable: written anew
    }
    try {
      Files.createLink(file, old);
      for (String suffix : siblings) {
        Files.createLink(withSuffix(file, suffix), withSuffix(old, suffix));
      }
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      linking = false;
      // never leave a link the caller would then write through into the old output
      unlink(file, siblings);
      return false;
    }
  }

  private static void unlink(Path file, List<String> siblings) {
    try {
      Files.deleteIfExists(file);
      for (String suffix : siblings) {
        Files.deleteIfExists(withSuffix(file, suffix));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path withSuffix(Path file, String suffix) {
    return file.resolveSibling(file.getFileName() + suffix);
  }
}
