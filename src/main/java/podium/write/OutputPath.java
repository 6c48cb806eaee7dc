package podium.write;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The one way a path of the site becomes a file of an output folder. The paths are made from user data
 * (edition ids, language codes, ids, slugs, URL words), which validation keeps to a safe alphabet; this is the
 * second line of defence, so that a rule missed there still cannot write next to the project or read a file
 * of the previous output's surroundings.
 */
final class OutputPath {
  private OutputPath() {}

  /**
   * {@code sitePath} as a tidy path relative to an output folder, to resolve against it; refused unless it names
   * something strictly below the folder. Checked before any folder is made for it.
   */
  static Path below(String sitePath) {
    Path relative;
    try {
      relative = Path.of(sitePath).normalize();
    } catch (InvalidPathException e) {
      throw new Refused(sitePath);
    }
    if (relative.getRoot() != null || relative.toString().isEmpty() || relative.startsWith("..")) {
      throw new Refused(sitePath);
    }
    return relative;
  }

  /**
   * A path that validation should have refused reached the writer: a bug, reported as such. Nothing is
   * written, as the build then fails. Only this constructor: a worker thread's failure is rethrown as it is.
   */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String sitePath) {
      super("internal error: the output path '" + sitePath + "' leads outside the output folder, so nothing was "
          + "written (please report this bug)");
    }
  }
}
