package podium.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folders Podium may replace as a whole: the one home of the rules that protect a project and a user's files
 * from {@code build -o} and {@code publish --to}. Replacing deletes everything in the folder, so a folder is
 * refused when it is the file system's root or the user's home, the project or a folder holding it, part of the
 * project's sources, a file, or a folder with files Podium did not write (it has no {@link OutputMarker}).
 * Paths are compared as they really are, symbolic links resolved, both where the folder's entry is and where
 * it leads. A refusal is an {@link IllegalArgumentException}: the command line prints it and exits with 2.
 */
public final class OutputTargets {
  private static final List<String> SOURCES = List.of("content", "data", "templates", "assets");
  private static final String ADVICE = "; choose a new or empty folder";

  private OutputTargets() {}

  /** Refuses an output folder for {@code build} that must not be replaced. */
  public static void checkOutput(Path project, Path output) {
    refuse(project, output, null);
  }

  /** Refuses a folder for {@code publish} that must not be replaced by the site built in {@code from}. */
  static void checkPublish(Path project, Path from, Path to) {
    refuse(project, to, from);
    Path absolute = to.toAbsolutePath().normalize();
    Path releases = real(absolute.getParent()).resolve(SiteWriter.releasesName(absolute.getFileName().toString()));
    // releases are written into it and old ones deleted: it must be the folder Podium made, not a link elsewhere
    if (Files.exists(releases, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(releases, LinkOption.NOFOLLOW_LINKS)) {
      throw new IllegalArgumentException("will not publish to " + shown(to) + ": " + releases
          + " is not the folder of its releases (it is a file or a link); move it away first");
    }
  }

  /** Refuses a site to publish that is not there or that Podium did not build (it has no marker). */
  static void checkSource(Path built) {
    if (!Files.isRegularFile(built.resolve("index.html"))) {
      throw new IllegalArgumentException("nothing to publish in " + shown(built) + ": run 'build' first");
    }
    if (!OutputMarker.reached(built)) {
      throw new IllegalArgumentException("will not publish " + shown(built) + ": Podium did not build it (it has no "
          + OutputMarker.NAME + " file); build it with 'podium build' first");
    }
  }

  private static void refuse(Path project, Path folder, Path from) {
    Path absolute = folder.toAbsolutePath().normalize();
    Path entry = absolute.getParent() == null ? absolute : real(absolute.getParent()).resolve(absolute.getFileName());
    Path resolved = real(absolute);
    String reason = placeProblem(real(project), entry, from);
    reason = reason != null ? reason : placeProblem(real(project), resolved, from);
    reason = reason != null ? reason : insideOutput(resolved);
    if (reason == null && Files.exists(resolved) && !Files.isDirectory(resolved)) {
      reason = "it is a file";
    }
    if (reason != null) {
      throw new IllegalArgumentException("will not replace " + shown(folder) + ": " + reason + ADVICE);
    }
    if (!OutputMarker.in(resolved) && !empty(resolved) && !olderDefaultOutput(real(project), resolved)) {
      throw new IllegalArgumentException("will not replace " + shown(folder) + ": it holds files that Podium did "
          + "not write" + ADVICE + ", or, if an older Podium wrote it, create an empty file " + OutputMarker.NAME
          + " in it first");
    }
  }

  /** A path as the user typed it, without "./" in front; "." for the current folder. */
  public static String shown(Path path) {
    String normalized = path.normalize().toString();
    return normalized.isEmpty() ? "." : normalized;
  }

  /** A folder inside one Podium writes as a whole (a build's output, a release) would go with it. */
  private static String insideOutput(Path place) {
    for (Path above = place.getParent(); above != null; above = above.getParent()) {
      if (OutputMarker.in(above)) {
        return "it is inside " + above + ", which Podium replaces as a whole";
      }
    }
    return null;
  }

  /** Why a folder at {@code place} must never be replaced, whatever it holds; null when it may be. */
  private static String placeProblem(Path project, Path place, Path from) {
    if (place.getParent() == null) {
      return "it is the root of the file system";
    }
    if (place.equals(real(Path.of(System.getProperty("user.home"))))) {
      return "it is your home folder";
    }
    if (place.equals(project)) {
      return "it is the project folder";
    }
    if (project.startsWith(place)) {
      return "it contains the project";
    }
    for (String source : SOURCES) {
      if (place.startsWith(project.resolve(source))) {
        return (place.equals(project.resolve(source)) ? "it is" : "it is inside") + " the project's " + source
            + "/ folder";
      }
    }
    if (from != null) {
      Path site = real(from);
      if (place.startsWith(site)) {
        return place.equals(site) ? "it is the site to publish" : "it is inside the site to publish";
      }
      if (site.startsWith(place)) {
        return "it contains the site to publish";
      }
    }
    return null;
  }

  /**
   * The project's default output as an older Podium left it, before folders were marked: accepted once (the
   * build marks it), so `build` keeps working after an upgrade. Only there, because target/ is Maven's build
   * folder, which `mvn clean` deletes anyway, and only with the files every full build wrote at its top.
   */
  private static boolean olderDefaultOutput(Path project, Path folder) {
    return folder.equals(project.resolve("target").resolve("site"))
        && Files.isRegularFile(folder.resolve("index.html"), LinkOption.NOFOLLOW_LINKS)
        && Files.isRegularFile(folder.resolve("_headers"), LinkOption.NOFOLLOW_LINKS);
  }

  private static boolean empty(Path folder) {
    if (!Files.isDirectory(folder)) {
      return true;
    }
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The path with every symbolic link resolved, for as much of it as exists; the rest is appended as named. */
  static Path real(Path path) {
    Path existing = path.toAbsolutePath().normalize();
    Deque<Path> missing = new ArrayDeque<>();
    while (existing.getParent() != null && !Files.exists(existing)) {
      missing.push(existing.getFileName());
      existing = existing.getParent();
    }
    try {
      Path real = existing.toRealPath();
      while (!missing.isEmpty()) {
        real = real.resolve(missing.pop());
      }
      return real;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
