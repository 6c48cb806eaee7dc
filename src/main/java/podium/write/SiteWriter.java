package podium.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import podium.assemble.FileCopy;
import podium.render.RenderedFile;

/**
 * Writes into a fresh sibling folder, then swaps it in place of the old output with two renames. Until the
 * swap the previous site stays untouched; readers and web servers never see a half-written tree.
 */
public final class SiteWriter {
  private SiteWriter() {}

  /**
   * Replaces {@code target} with exactly the given files. Returns the number of files written.
   */
  public static int replace(Path target, List<RenderedFile> pages, List<FileCopy> copies, String prefix)
      throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path fresh = Files.createDirectory(sibling(target, "new"));
    try {
      pages.parallelStream().forEach(page -> write(fresh, strip(page.path(), prefix), page.bytes()));
      copies.parallelStream().forEach(copy -> copy(copy.source(), fresh.resolve(strip(copy.target(), prefix))));
    } catch (UncheckedIOException e) {
      deleteTree(fresh);
      throw e.getCause();
    }
    swap(fresh, target);
    return pages.size() + copies.size();
  }

  private static String strip(String path, String prefix) {
    return prefix == null ? path : path.substring(prefix.length());
  }

  private static void write(Path root, String relative, byte[] bytes) {
    try {
      Path file = root.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copy(Path source, Path target) {
    try {
      Files.createDirectories(target.getParent());
      Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void swap(Path fresh, Path target) throws IOException {
    Path old = null;
    if (Files.exists(target)) {
      old = sibling(target, "old");
      move(target, old);
    }
    try {
      move(fresh, target);
    } catch (IOException e) {
      if (old != null) {
        move(old, target);
      }
      throw e;
    }
    if (old != null) {
      deleteTree(old);
    }
  }

  /** A hidden sibling folder with a unique name (not a temp directory: those are private to the owner). */
  private static Path sibling(Path target, String kind) {
    Path absolute = target.toAbsolutePath();
    return absolute.resolveSibling("." + absolute.getFileName() + "." + kind + "-" + ProcessHandle.current().pid()
        + "-" + System.nanoTime());
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
