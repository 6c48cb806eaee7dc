package podium.diagnostic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.Locale;
import java.util.Map;

/**
 * The one place that turns java.nio's exceptions into words for the user: their class names ("AccessDenied-
 * Exception") and bare paths mean nothing to an editor whose disk is full.
 */
public final class IoWords {
  /** Exceptions that carry no reason of their own, only their class, and the words for it. */
  private static final Map<Class<? extends IOException>, String> KNOWN = Map.of(
      AccessDeniedException.class, "permission denied",
      NoSuchFileException.class, "no such file or folder",
      DirectoryNotEmptyException.class, "the folder is not empty",
      NotDirectoryException.class, "it is not a folder",
      NotLinkException.class, "it is not a symbolic link",
      FileSystemLoopException.class, "symbolic links form a loop",
      AtomicMoveNotSupportedException.class, "it cannot be moved in one step (is it on another file system?)");

  private IoWords() {}

  /** The I/O failure behind {@code failure} (unwrapping the unchecked wrapper parallel code throws), or null. */
  public static IOException io(Throwable failure) {
    if (failure instanceof UncheckedIOException unchecked) {
      return unchecked.getCause();
    }
    return failure instanceof IOException io ? io : null;
  }

  /**
   * Any failure as the user is told it: an I/O failure says which file and why; anything else is a bug of ours,
   * an internal error (its class is never named: --verbose shows the stack trace).
   */
  public static String describe(Throwable failure) {
    IOException io = io(failure);
    if (io != null) {
      return sentence(io);
    }
    return "internal error" + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
  }

  /** A sentence without exception names: "could not write x: permission denied". */
  public static String sentence(IOException failure) {
    if (failure instanceof FileFailure) {
      return failure.getMessage();
    }
    if (failure instanceof FileSystemException system && system.getFile() != null) {
      return "could not use " + system.getFile() + (system.getOtherFile() == null ? "" : " or " + system.getOtherFile())
          + ": " + reason(failure);
    }
    return "input or output failed: " + reason(failure);
  }

  /** Why an operation failed, in lowercase words. */
  public static String reason(IOException failure) {
    if (failure instanceof FileAlreadyExistsException existing && existing.getFile() != null) {
      return existing.getFile() + " is in the way";
    }
    for (Map.Entry<Class<? extends IOException>, String> known : KNOWN.entrySet()) {
      if (known.getKey().isInstance(failure)) {
        return known.getValue();
      }
    }
    String reason = failure instanceof FileSystemException system ? system.getReason() : failure.getMessage();
    if (reason == null || reason.isBlank()) {
      return "input or output error";
    }
    // the operating system's own words ("No space left on device", "Read-only file system"), as a clause
    return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
  }
}
