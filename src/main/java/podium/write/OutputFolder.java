package podium.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import podium.assemble.FileCopy;
import podium.diagnostic.FileFailure;
import podium.render.RenderedFile;

/**
 * A new output folder filled while pages are being rendered, so no page is held in memory after it is
 * rendered, then swapped in place of the old output by {@link #commit}. Closed without a commit (a failed
 * build), it disappears and the previous output stays exactly as it was. Thread-safe for {@link #accept}.
 * The folder is marked as Podium's ({@link OutputMarker}) the moment it exists, so that even the half-written
 * folder of a killed build is known as Podium's and removed by the next one ({@link Leftovers}).
 */
public final class OutputFolder implements Consumer<RenderedFile>, AutoCloseable {
  private final Path target;
  private final Path root;
  private Path fresh;
  private final String prefix;
  private final Precompressor compressor;
  private final UnchangedFiles unchanged;
  private final Map<Path, Path> folders = new ConcurrentHashMap<>();
  private final AtomicInteger files = new AtomicInteger();
  private boolean committed;

  private OutputFolder(Path target, String prefix, boolean precompress) throws IOException {
    this.target = target;
    // an edition's folder lies in the site's folder, which holds the marker and the leftovers of full builds
    this.root = prefix == null ? target : target.getParent();
    Leftovers.clean(root);
    if (prefix != null) {
      Leftovers.clean(target);
    }
    this.prefix = prefix;
    this.compressor = precompress ? new Precompressor() : null;
    this.unchanged = new UnchangedFiles(target);
  }

  /**
   * A folder that will replace {@code target}; paths given to it lose {@code prefix} (null: none; else target is
   * the edition's folder in the output folder). Cleans what interrupted builds left there first.
   */
  public static OutputFolder open(Path target, String prefix, boolean precompress) throws IOException {
    return new OutputFolder(target, prefix, precompress);
  }

  @Override
  public void accept(RenderedFile file) {
    if (prefix != null && !file.path().startsWith(prefix)) {
      return; // a one-edition build leaves the site-wide files (robots.txt, the editions index) as they are
    }
    try {
      store(file.path(), file.bytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the user is told when a file cannot be written: its place in the output folder, not the hidden one. */
  private IOException writing(String path, IOException e) {
    return FileFailure.of("write", target.resolve(relative(path)), e);
  }

  /** Writes a file and its compressed copies, or links them all from the old output when it has the same. */
  private void store(String path, byte[] bytes) throws IOException {
    try {
      Path file = place(path);
      List<String> compressed = compressor == null ? List.of() : compressor.suffixes(file, bytes.length);
      if (!unchanged.link(file, relative(path), bytes, compressed)) {
        Files.write(file, bytes);
        if (compressor != null) {
          compressor.compress(file, bytes);
        }
      }
    } catch (IOException e) {
      throw writing(path, e);
    } catch (UncheckedIOException e) {
      throw writing(path, e.getCause());
    }
    if (files.incrementAndGet() == 10) {
      PausePoint.at("write");
    }
  }

  /**
   * The bytes {@code path} has in the output this folder will replace, or null: files named after their
   * content (scaled photos) need not be made again when the last build made them.
   */
  public byte[] previous(String path) {
    if (prefix != null && !path.startsWith(prefix)) {
      return null;
    }
    Path file = target.resolve(OutputPath.below(relative(path)));
    try {
      // reused bytes are published: a link someone put into the old output is never read through
      return file.toRealPath().startsWith(target.toRealPath()) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
          ? Files.readAllBytes(file) : null;
    } catch (IOException e) {
      return null; // unreadable: made again, as if it were not there
    }
  }

  /** Copies files unchanged (assets, images), in parallel. */
  public void copy(List<FileCopy> copies) {
    copies.parallelStream().forEach(copy -> {
      try {
        store(copy.target(), copy.content().bytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Puts the new folder in place of the old one; returns the number of files it holds (not counting .gz/.br). */
  public int commit() throws IOException {
    Path complete = fresh();
    try {
      FolderSwap.swap(complete, target);
    } catch (IOException e) {
      throw FileFailure.of("replace", target, e);
    }
    committed = true;
    return files.get();
  }

  @Override
  public void close() throws IOException {
    if (!committed && fresh != null) {
      Leftovers.deleteTree(fresh);
    }
  }

  /**
   * The new folder, created with the first file: input that fails validation leaves nothing on disk. Marked
   * before anything else is written into it; an edition's build marks the output folder it writes into.
   */
  private synchronized Path fresh() throws IOException {
    if (fresh == null) {
      try {
        Files.createDirectories(target.toAbsolutePath().getParent());
        if (root != target) {
          OutputMarker.write(root);
        }
        fresh = Files.createDirectory(Leftovers.beside(target, "new"));
        OutputMarker.write(fresh);
      } catch (IOException e) {
        throw FileFailure.of("write", target, e);
      }
    }
    return fresh;
  }

  /** The file's path in the new folder, its parent folders created once (not one stat per file). */
  private Path place(String path) throws IOException {
    Path inside = OutputPath.below(relative(path));
    Path file = fresh().resolve(inside);
    // computeIfAbsent holds back other writers of the same folder until it exists
    folders.computeIfAbsent(file.getParent(), parent -> {
      try {
        return Files.createDirectories(parent);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    return file;
  }

  /** A site path as it is inside this folder: without the edition prefix of a one-edition build. */
  private String relative(String path) {
    return prefix == null ? path : path.substring(prefix.length());
  }
}
