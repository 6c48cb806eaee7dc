package podium.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import podium.diagnostic.InvalidInputException;
import podium.diagnostic.IoWords;
import podium.diagnostic.Problem;

/**
 * Runs a command's work and turns its failures into printed messages and exit codes. Without --verbose no
 * message names an exception class or shows a stack trace: a full disk or a folder without permission is told
 * in words ({@link IoWords}), and anything else is an internal error.
 */
final class Outcome {
  private Outcome() {}

  static int of(PrintWriter err, boolean verbose, Callable<Integer> work) {
    try {
      return work.call();
    } catch (InvalidInputException e) {
      for (Problem problem : e.problems()) {
        err.println(problem.format());
      }
      err.println(e.problems().size() == 1 ? "1 problem; nothing was written"
          : e.problems().size() + " problems; nothing was written");
      return Main.INVALID_INPUT;
    } catch (IllegalArgumentException e) {
      err.println("podium: " + e.getMessage());
      return Main.USAGE;
    } catch (Exception e) {
      err.println("podium: " + message(e, verbose));
      if (verbose) {
        e.printStackTrace(err);
      }
      return Main.INVALID_INPUT;
    } catch (OutOfMemoryError e) {
      // the work's data is garbage once the error has left it, so there is room to say so
      err.println("podium: " + outOfMemory(Runtime.getRuntime().maxMemory()));
      if (verbose) {
        e.printStackTrace(err);
      }
      return Main.INVALID_INPUT;
    } finally {
      err.flush();
    }
  }

  /** The words for a build that needed more than the Java heap's {@code limit} bytes. */
  static String outOfMemory(long limit) {
    return "out of memory: the build needed more than the " + limit / (1024 * 1024) + " MB Java may use; nothing"
        + " was written (give it more: PODIUM_JAVA_OPTS=-Xmx2g bin/podium …, or java -Xmx2g -jar podium.jar …)";
  }

  /** What went wrong, in words; the stack trace of an internal error is a --verbose away. */
  static String message(Exception failure, boolean verbose) {
    boolean internal = IoWords.io(failure) == null;
    return IoWords.describe(failure) + (internal && !verbose ? " (run with --verbose for details)" : "");
  }
}
