package podium.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replacing the build's output folder: the new content is prepared in a hidden sibling, then two renames put it
 * in place; until then the old folder is untouched, and readers never see a half-written tree.
 *
 * <p>Between the two renames (a few microseconds) the folder is missing: a folder cannot be renamed over a
 * non-empty one, and Java offers no exchange of two names (Linux's renameat2 RENAME_EXCHANGE). That is accepted
 * for the build's own output, which nothing serves while it builds; a served folder is published with
 * {@code publish}, whose link flip has no such moment ({@link SiteWriter}). If the run is killed right there,
 * the previous output survives whole as {@code .NAME.old-PID-N}, and the next run puts it back before anything
 * else ({@link Leftovers#clean}).
 */
final class FolderSwap {
  private FolderSwap() {}

  static void swap(Path fresh, Path target) throws IOException {
    Path old = null;
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      old = Leftovers.beside(target, "old");
      move(target, old);
    }
    PausePoint.at("swap");
    try {
      move(fresh, target);
    } catch (IOException e) {
      if (old != null) {
        move(old, target);
      }
      throw e;
    }
    if (old != null) {
      Leftovers.deleteTree(old);
    }
  }

  /** One rename, atomic where the file system can do it. */
  static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }
}
