package podium.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import podium.diagnostic.InvalidInputException;
import podium.diagnostic.Problem;

/** Runs a command's work and turns its failures into printed messages and exit codes, never stack traces. */
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
      err.println("podium: " + e.getClass().getSimpleName() + ": " + e.getMessage()
          + (verbose ? "" : " (run with --verbose for details)"));
      if (verbose) {
        e.printStackTrace(err);
      }
      return Main.INVALID_INPUT;
    } finally {
      err.flush();
    }
  }
}
