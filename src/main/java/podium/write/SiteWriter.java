package podium.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import podium.diagnostic.FileFailure;

/**
 * Publishing a built site to a local folder (a web server's document root) with no moment where the site is
 * missing or half there. The folder becomes a symbolic link to a complete copy, a release, kept in a hidden
 * sibling ({@code /var/www/site} → {@code .site.releases/20261204-203000-123}); the next release is copied
 * beside it and the link is flipped with one rename of a new link over the old, which readers see either before
 * or after, never between. The previous release is kept for going back; older ones are deleted.
 */
public final class SiteWriter {
  private SiteWriter() {}

  /** How a publish went: files copied, the new release, and the previous one (null: none was kept). */
  public record Published(int files, Path release, Path previous) {}

  /** The hidden folder of releases beside a published folder named {@code name}. */
  static String releasesName(String name) {
    return "." + name + ".releases";
  }

  /**
   * Replaces the folder {@code target} with a copy of {@code built}: files that are no longer built disappear,
   * and the folder is never seen half-copied. Modification times are kept, for precompressed files' sake.
   * Refuses ({@link IllegalArgumentException}) a site Podium did not build and a folder it must not replace.
   */
  public static Published publish(Path project, Path built, Path target) throws IOException {
    OutputTargets.checkSource(built);
    OutputTargets.checkPublish(project, built, target);
    Path absolute = target.toAbsolutePath().normalize();
    Path link = OutputTargets.real(absolute.getParent()).resolve(absolute.getFileName().toString());
    try {
      Files.createDirectories(link.getParent());
      Leftovers.clean(link);
      Path releases = Files.createDirectories(link.resolveSibling(releasesName(link.getFileName().toString())));
      Leftovers.cleanAll(releases);
      Path release = Releases.next(releases);
      int files = copy(built, release, target);
      Path previous = flip(link, release);
      Releases.prune(releases, List.of(release, previous == null ? release : previous,
          OutputTargets.real(built)));
      return new Published(files, release, previous);
    } catch (IOException e) {
      throw FileFailure.of("publish to", target, e);
    }
  }

  /** Copies the site into a hidden folder, marked first, then renamed to the release's name when complete. */
  private static int copy(Path built, Path release, Path shown) throws IOException {
    Path partial = Files.createDirectory(Leftovers.beside(release, "new"));
    Files.copy(built.resolve(OutputMarker.NAME), partial.resolve(OutputMarker.NAME),
        StandardCopyOption.COPY_ATTRIBUTES);
    PausePoint.at("publish-copy");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(built)) {
      files = walk.filter(Files::isRegularFile)
          .filter(file -> !file.equals(built.resolve(OutputMarker.NAME))).toList();
    }
    try {
      files.parallelStream().forEach(file -> {
        Path relative = OutputPath.below(built.relativize(file).toString());
        Path copy = partial.resolve(relative);
        try {
          Files.createDirectories(copy.getParent());
          Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
          throw new UncheckedIOException(FileFailure.of("write", shown.resolve(relative), e));
        }
      });
    } catch (UncheckedIOException e) {
      Leftovers.deleteTree(partial);
      throw e.getCause();
    } catch (RuntimeException e) {
      Leftovers.deleteTree(partial);
      throw e;
    }
    FolderSwap.move(partial, release);
    return files.size();
  }

  /**
   * Points {@code link} at {@code release} with one rename of a new link over it; returns the release it
   * pointed at before (null: none). A real folder there (published by an earlier Podium, which copied folders)
   * is first moved among the releases: that once, between the two renames, the folder is missing for a moment;
   * if the run is killed right there, the next one completes the flip ({@link Leftovers#clean}).
   */
  private static Path flip(Path link, Path release) throws IOException {
    Path next = Leftovers.beside(link, "link");
    Files.createSymbolicLink(next, link.getParent().relativize(release));
    PausePoint.at("publish-flip");
    Path previous = Releases.current(link, release.getParent());
    if (Files.isDirectory(link, LinkOption.NOFOLLOW_LINKS)) {
      if (OutputMarker.in(link)) {
        previous = Releases.next(release.getParent());
        FolderSwap.move(link, previous);
        PausePoint.at("publish-migrate");
      } else {
        Files.delete(link);  // empty: the guard lets no other folder through
      }
    }
    FolderSwap.move(next, link);
    return previous;
  }
}
