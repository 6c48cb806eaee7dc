package podium.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import podium.diagnostic.Position;
import podium.diagnostic.Problems;

/**
 * The project folder as the limit of what a build reads. Links are followed (a folder shared by two editions, a
 * checkout mounted inside the project), but a link whose target lies outside the project folder is refused
 * where it is: a session description linked to {@code /etc/passwd}, or a photos folder linked to someone's home,
 * would otherwise be published, since everything read ends up on the site. Targets are compared as real paths
 * (every link resolved), so the project itself may be reached through a link ({@code -p link-to-project}).
 */
public final class ProjectBoundary {
  static final String MESSAGE = "links outside the project are not read";

  private final Path root;
  private final Path realRoot;

  public ProjectBoundary(Path root) {
    this.root = root.toAbsolutePath().normalize();
    this.realRoot = realPath(this.root);
  }

  /**
   * True when no link on the way from the project folder down to {@code path} leads outside it; otherwise the
   * first such link is reported at its own path and nothing below it may be read.
   */
  boolean admits(Path path, Problems problems) {
    Path step = root;
    for (Path name : root.relativize(path.toAbsolutePath().normalize())) {
      step = step.resolve(name);
      if (!admitsEntry(step, problems)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True unless {@code path} itself is a link leading outside the project (then reported). The folders above
   * it are not looked at: a walk down the project has admitted them on its way.
   */
  boolean admitsEntry(Path path, Problems problems) {
    return !Files.isSymbolicLink(path) || admitsLink(path, problems);
  }

  /** As {@link #admitsEntry} for a path already known to be a link. */
  boolean admitsLink(Path path, Problems problems) {
    if (holds(path) || !Files.exists(path)) {
      return true; // inside, or a broken link: it leads nowhere, so nothing is read through it
    }
    Path target = realPath(path);
    // the target's name only: its content must not reach the output, nor the message
    problems.error(name(path), Position.START, MESSAGE + " ('" + target + "')",
        "copy the " + (Files.isDirectory(target) ? "folder" : "file") + " into the project");
    return false;
  }

  /** Whether {@code path}, every link followed, lies inside the project (a path that cannot be resolved does not). */
  public boolean holds(Path path) {
    try {
      return path.toRealPath().startsWith(realRoot);
    } catch (IOException e) {
      return false;
    }
  }

  /** How problems name a path of the project: relative to it, with slashes. */
  String name(Path path) {
    return ProjectFiles.slashes(root.relativize(path.toAbsolutePath().normalize()));
  }

  private static Path realPath(Path folder) {
    try {
      return folder.toRealPath();
    } catch (IOException e) {
      return folder; // no project folder: nothing will be read from it anyway
    }
  }
}
