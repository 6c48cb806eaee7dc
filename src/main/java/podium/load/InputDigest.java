package podium.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import podium.rules.ContentHash;

/**
 * A digest of every input file of a load, read then or (unchanged, remembered) earlier: the same input gives the
 * same digest, whatever the file times, so outputs derived from it (the offline cache's version) stay
 * byte-identical between builds. Kept by the loader across the preview's loads; thread-safe, as files are read
 * in parallel.
 */
final class InputDigest {
  /** A checksum of each input file, kept while the file is unchanged (the preview re-reads only changed ones). */
  private final Map<Path, String> checksums = new ConcurrentHashMap<>();
  /** Each input file's name from the project folder, as the digest lists it. */
  private final Map<Path, String> names = new ConcurrentHashMap<>();

  void record(Path file, String checksum) {
    checksums.put(file, checksum);
  }

  /** The digest of {@code files}, forgetting every other file (deleted since the last load: no longer input). */
  String of(Path root, Set<Path> files) {
    checksums.keySet().retainAll(files);
    names.keySet().retainAll(files);
    // sorted as names, not as paths: comparing paths was most of this step in the preview's profile at S=3,000
    List<String> lines = new ArrayList<>(files.size());
    for (Path file : files) {
      lines.add(names.computeIfAbsent(file, path -> ProjectFiles.slashes(root.relativize(path))) + ' '
          + checksums.getOrDefault(file, "-") + '\n');
    }
    Collections.sort(lines);
    return ContentHash.of(String.join("", lines));
  }
}
