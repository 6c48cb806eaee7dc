package podium.load;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import podium.diagnostic.Problems;

/**
 * How one loader reads input files from load to load: each file through the preview's memo (when there is one),
 * recorded for the input digest, and {@code content/} listed from the last listing when the watcher said what
 * changed. A one-shot load (no memo) parses every file and keeps nothing.
 */
final class InputReads {
  private final FileMemo memo;
  private final InputDigest digests = new InputDigest();
  /** The preview's listing of {@code content/}, kept between loads (null without a memo). */
  private final ContentListing contentListing;
  /** The input files of the current load: what the input digest covers. */
  private Set<Path> seen = ConcurrentHashMap.newKeySet();
  /**
   * The attributes the current load's walks saw, for the memo: asking again cost one more system call per file
   * (9,000 files at S=3,000, on every rebuild of the preview).
   */
  private Map<Path, BasicFileAttributes> walked = new ConcurrentHashMap<>();
  private ChangedInputs expected;
  /** The folder listed from the last listing in this load, whose files the watcher did not report are unchanged. */
  private Path listedWithoutWalk;

  InputReads(FileMemo memo) {
    this.memo = memo;
    this.contentListing = memo == null ? null : new ContentListing();
  }

  boolean remembers() {
    return memo != null;
  }

  void expect(ChangedInputs changes) {
    expected = changes;
  }

  /** A new load starts: nothing seen yet. */
  void begin() {
    seen = ConcurrentHashMap.newKeySet();
    walked = new ConcurrentHashMap<>();
    listedWithoutWalk = null;
  }

  /** The load is over: what its walks saw is stale (a quick path reads edited files later). Returns the digest. */
  String end(Path root) {
    walked = new ConcurrentHashMap<>();
    listedWithoutWalk = null;
    return digests.of(root, seen);
  }

  /** The files below {@code dir} ({@code content/}), listed from the last listing when the watcher allows. */
  List<Path> listContent(ProjectBoundary project, Path dir, Problems problems) {
    ChangedInputs changes = expected;
    expected = null;
    if (contentListing == null) {
      return ProjectFiles.filesBelow(project, dir, problems, this::walkedTo);
    }
    List<Path> files = contentListing.files(project, dir, problems, changes, this::walkedTo, memo::forget);
    listedWithoutWalk = contentListing.listedLast() ? dir : null;
    return files;
  }

  /** The files below {@code dir}, walked. */
  List<Path> walk(ProjectBoundary project, Path dir, Problems problems) {
    return ProjectFiles.filesBelow(project, dir, problems, this::walkedTo);
  }

  /** Keeps what a walk saw for the preview's memo; a one-shot load has none to give it to. */
  private void walkedTo(Path file, BasicFileAttributes attributes) {
    if (memo != null) {
      walked.put(file, attributes);
    }
  }

  /** Every input file is read through here: parsed, or remembered unchanged, and counted as input. */
  <T> T remembered(Path file, Supplier<T> parse) {
    seen.add(file);
    if (memo == null) {
      return parse.get();
    }
    BasicFileAttributes attributes = walked.get(file);
    if (attributes == null && listedWithoutWalk != null && file.startsWith(listedWithoutWalk)) {
      T unchanged = memo.unchanged(file);  // listed, and the watcher saw no change to it
      if (unchanged != null) {
        return unchanged;
      }
    }
    return memo.get(file, attributes, parse);
  }

  /** An input file's checksum, for the digest. */
  void record(Path file, String checksum) {
    digests.record(file, checksum);
  }
}
