package podium.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
   * Replaces {@code target} with exactly the given files (and their precompressed copies when asked).
   * Returns the number of files given.
   */
  public static int replace(Path target, List<RenderedFile> pages, List<FileCopy> copies, String prefix,
      boolean precompress) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path fresh = Files.createDirectory(FolderSwap.sibling(target, "new"));
    Precompressor compressor = precompress ? new Precompressor() : null;
    try {
      createFolders(fresh, pages.stream().map(page -> strip(page.path(), prefix)), copies.stream()
          .map(copy -> strip(copy.target(), prefix)));
      pages.parallelStream().forEach(page -> {
        Path file = write(fresh, strip(page.path(), prefix), page.bytes());
        compress(compressor, file, page.bytes());
      });
      copies.parallelStream().forEach(copy -> {
        Path file = fresh.resolve(strip(copy.target(), prefix));
        copy(copy.source(), file);
        if (compressor != null) {
          compress(compressor, file, read(file));
        }
      });
    } catch (UncheckedIOException e) {
      FolderSwap.deleteTree(fresh);
      throw e.getCause();
    }
    FolderSwap.swap(fresh, target);
    return pages.size() + copies.size();
  }

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
        Path copy = fresh.resolve(built.relativize(file).toString());
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
    }
    FolderSwap.swap(fresh, target);
    return files.size();
  }

  private static String strip(String path, String prefix) {
    return prefix == null ? path : path.substring(prefix.length());
  }

  /** Every folder once, before the parallel writes: no stat per file, no race between writers. */
  private static void createFolders(Path root, Stream<String> pages, Stream<String> copies) {
    java.util.TreeSet<String> folders = new java.util.TreeSet<>();
    Stream.concat(pages, copies).forEach(path -> {
      int slash = path.lastIndexOf('/');
      if (slash > 0) {
        folders.add(path.substring(0, slash));
      }
    });
    for (String folder : folders) {
      try {
        Files.createDirectories(root.resolve(folder));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static Path write(Path root, String relative, byte[] bytes) {
    try {
      Path file = root.resolve(relative);
      Files.write(file, bytes);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void compress(Precompressor compressor, Path file, byte[] bytes) {
    if (compressor == null) {
      return;
    }
    try {
      compressor.compress(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copy(Path source, Path target) {
    try {
      Files.copy(source, target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
