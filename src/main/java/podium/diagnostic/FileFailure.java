package podium.diagnostic;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An I/O failure told as the user would say it: what could not be done to which file, and why, in words
 * ("could not write target/site/x.html: no space left on device"). The writers throw it with the path the user
 * knows (the output folder, not the hidden folder being filled); the cause keeps the details for --verbose.
 */
public final class FileFailure extends IOException {
  private FileFailure(String message, IOException cause) {
    super(message, cause);
  }

  /** "could not {@code doing} {@code path}: reason", e.g. doing "write" or "replace". */
  public static FileFailure of(String doing, Path path, IOException cause) {
    if (cause instanceof FileFailure already) {
      return already;  // the innermost account names the file that failed
    }
    return new FileFailure("could not " + doing + " " + path.normalize() + ": " + IoWords.reason(cause), cause);
  }
}
