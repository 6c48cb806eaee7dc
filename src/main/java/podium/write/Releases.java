package podium.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The releases of a published folder, named by the time they were made (UTC), in its hidden releases folder:
 * the one the folder links to, the one before it (for going back), and none other once a publish is done.
 */
final class Releases {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
      .withZone(ZoneOffset.UTC);
  private static final Pattern NAME = Pattern.compile("\\d{8}-\\d{6}-\\d{3}(-\\d+)?");

  private Releases() {}

  /** A name for a new release that no release has yet. */
  static Path next(Path releases) {
    String stamp = STAMP.format(Instant.now());
    Path release = releases.resolve(stamp);
    for (int again = 1; Files.exists(release, LinkOption.NOFOLLOW_LINKS); again++) {
      release = releases.resolve(stamp + "-" + again);
    }
    return release;
  }

  /** The release {@code link} points at now, or null when it is no link into {@code releases}. */
  static Path current(Path link, Path releases) throws IOException {
    if (!Files.isSymbolicLink(link)) {
      return null;
    }
    Path pointed = link.getParent().resolve(Files.readSymbolicLink(link)).normalize();
    return releases.equals(pointed.getParent()) ? pointed : null;
  }

  /** Deletes every release but those in {@code keep}: only folders named as releases and marked as Podium's. */
  static void prune(Path releases, List<Path> keep) throws IOException {
    List<Path> old;
    try (Stream<Path> entries = Files.list(releases)) {
      old = entries.filter(entry -> NAME.matcher(entry.getFileName().toString()).matches())
          .filter(entry -> !keep.contains(entry) && OutputMarker.in(entry)).toList();
    }
    for (Path release : old) {
      Leftovers.deleteTree(release);
    }
  }
}
