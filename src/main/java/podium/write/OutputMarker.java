package podium.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The file by which Podium knows a folder as its own: every output folder it writes holds it, and so does every
 * published copy. Only a folder holding it (or an empty one) may be replaced as a whole; a folder someone else
 * filled is never deleted. Its text is fixed, so two builds stay byte-identical.
 */
final class OutputMarker {
  static final String NAME = ".podium-output";
  private static final byte[] TEXT = """
      This folder was written by Podium (podium build, podium publish).
      Podium replaces it as a whole on the next build or publish: files added here by hand will be lost.
      Podium refuses to replace a folder that does not hold this file.
      """.getBytes(StandardCharsets.UTF_8);

  private OutputMarker() {}

  /** Whether {@code folder} is a folder (not a link to one) that holds the marker. */
  static boolean in(Path folder) {
    return Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
        && Files.isRegularFile(folder.resolve(NAME), LinkOption.NOFOLLOW_LINKS);
  }

  /** Whether {@code folder} (a link to it followed) holds the marker: a site that may be published. */
  static boolean reached(Path folder) {
    return Files.isRegularFile(folder.resolve(NAME));
  }

  /** Marks {@code folder} as written by Podium (nothing happens when it already is). */
  static void write(Path folder) throws IOException {
    Path marker = folder.resolve(NAME);
    if (!Files.exists(marker, LinkOption.NOFOLLOW_LINKS)) {
      Files.write(marker, TEXT);
    }
  }
}
