package podium.validation;

import java.nio.file.Path;
import java.util.List;
import podium.Minimal;
import podium.TestSite;

/** Builds the minimal edition with some files replaced, and returns the problem lines it prints. */
final class InvalidInput {
  private InvalidInput() {}

  /** The printed problems of a build of {@link Minimal#ALL} with {@code changes} applied on top. */
  static TestSite.Run build(Path folder, String changes) {
    return TestSite.write(folder, Minimal.ALL).add(changes).build();
  }

  static List<String> problems(Path folder, String changes) {
    TestSite.Run run = build(folder, changes);
    if (run.exitCode() != 1) {
      throw new AssertionError("expected exit code 1, got " + run.exitCode() + "\n" + run.out() + run.err());
    }
    if (run.err().contains("\tat ") || run.err().contains("Exception")) {
      throw new AssertionError("a stack trace was printed:\n" + run.err());
    }
    return run.problems();
  }

  /** The sessions file of {@link Minimal} with one line replaced (the text must occur exactly once). */
  static String sessionsWith(String from, String to) {
    return replaced(Minimal.SESSIONS, from, to);
  }

  static String editionWith(String from, String to) {
    return replaced(Minimal.EDITION, from, to);
  }

  static String replaced(String files, String from, String to) {
    int at = files.indexOf(from);
    if (at < 0 || files.indexOf(from, at + 1) >= 0) {
      throw new IllegalArgumentException("'" + from + "' must occur exactly once");
    }
    return files.replace(from, to);
  }
}
