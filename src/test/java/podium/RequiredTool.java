package podium;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The one rule for tests that need a program from outside the JVM (Chromium, the Nu checker, axe-core,
 * xmllint, nginx, Apache): in CI ({@code CI} set, as {@code .ci/run} runs) a missing tool fails the test,
 * since a skipped check there would pass for a green one; on a developer's machine the test is skipped, and
 * says so on the console, with the command that installs the tool.
 */
public final class RequiredTool {
  private RequiredTool() {}

  /** Continues if {@code present}; otherwise fails in CI and skips elsewhere, naming {@code tool} and its install. */
  public static void require(String tool, boolean present, String installCommand) {
    if (present) {
      return;
    }
    String missing = tool + " is not installed (install it with: " + installCommand + ")";
    if (inContinuousIntegration()) {
      Assertions.fail("CI must run this test, but " + missing + "; .ci/run should have installed it");
    }
    System.err.println("[SKIPPED] " + caller() + ": " + missing);
    Assumptions.abort(missing);
  }

  /** Whether {@code command} is an executable on the PATH. */
  public static boolean onPath(String command) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .anyMatch(folder -> !folder.isEmpty() && Files.isExecutable(Path.of(folder, command)));
  }

  /** CI services set {@code CI=true}; {@code CI=false} or an empty value is a developer's machine. */
  static boolean inContinuousIntegration() {
    String ci = System.getenv("CI");
    return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
  }

  /** The test method (or class set-up) that asked: the outermost frame of this project's code. */
  private static String caller() {
    return StackWalker.getInstance().walk(frames -> frames
        .filter(frame -> frame.getClassName().startsWith("podium.") && !frame.getClassName().equals(RequiredTool.class.getName()))
        .reduce((inner, outer) -> outer)
        .map(frame -> frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1) + "."
            + frame.getMethodName())
        .orElse("a test"));
  }
}
