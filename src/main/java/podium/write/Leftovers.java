package podium.write;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The hidden folders and links a run makes beside the folder it replaces ({@code .site.new-PID-N} being filled,
 * {@code .site.old-PID-N} being swapped out, {@code .www.link-PID-N} about to be flipped), and their removal when
 * a killed run left them behind. Only what is Podium's is touched: the name must match and the folder must hold
 * the output marker (or lie in a folder that does, as an edition's do in the site's folder); a link must point
 * into the releases folder. A run still going (its process alive) keeps its own.
 */
final class Leftovers {
  private static final Pattern NAME = Pattern.compile("\\.(.+)\\.(new|old|link)-(\\d+)-(-?\\d+)");

  private Leftovers() {}

  /** A new hidden sibling of {@code target} of the given kind (new, old or link), unique to this run. */
  static Path beside(Path target, String kind) {
    Path absolute = target.toAbsolutePath();
    return absolute.resolveSibling("." + absolute.getFileName() + "." + kind + "-" + ProcessHandle.current().pid()
        + "-" + System.nanoTime());
  }

  /**
   * Cleans up after interrupted runs on {@code target}. When {@code target} itself is missing because a run was
   * killed in the middle of its swap, what that run was swapping in (a flipped link) or out (the previous output)
   * is put back first, so the site is whole again before anything else happens.
   */
  static void clean(Path target) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      return;
    }
    List<Path> found = ours(parent, absolute.getFileName().toString());
    if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
      Path restored = first(found, "link");
      restored = restored != null ? restored : first(found, "old");
      if (restored != null) {
        found.remove(restored);
        FolderSwap.move(restored, absolute);
      }
    }
    for (Path leftover : found) {
      deleteTree(leftover);
    }
  }

  /** Removes the leftovers of dead runs on any name in {@code folder} (half-copied releases). */
  static void cleanAll(Path folder) throws IOException {
    for (Path leftover : ours(folder, null)) {
      deleteTree(leftover);
    }
  }

  /** The leftovers of dead runs on {@code name} (null: any) in {@code parent} that are certainly Podium's. */
  private static List<Path> ours(Path parent, String name) throws IOException {
    boolean inOutput = OutputMarker.in(parent);
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, ".*")) {
      for (Path entry : entries) {
        Matcher matcher = NAME.matcher(entry.getFileName().toString());
        if (matcher.matches() && (name == null || matcher.group(1).equals(name))
            && !running(Long.parseLong(matcher.group(3)))
            && (matcher.group(2).equals("link") ? ourLink(entry, matcher.group(1))
                : inOutput || OutputMarker.in(entry))) {
          found.add(entry);
        }
      }
    }
    found.sort(Comparator.comparing(Path::toString));
    return found;
  }

  private static boolean ourLink(Path entry, String name) throws IOException {
    return Files.isSymbolicLink(entry)
        && Files.readSymbolicLink(entry).toString().startsWith(SiteWriter.releasesName(name) + "/");
  }

  private static Path first(List<Path> leftovers, String kind) {
    for (Path leftover : leftovers) {
      Matcher matcher = NAME.matcher(leftover.getFileName().toString());
      if (matcher.matches() && matcher.group(2).equals(kind)) {
        return leftover;
      }
    }
    return null;
  }

  private static boolean running(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /** Deletes a folder and everything in it; links inside are removed, never followed. */
  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
