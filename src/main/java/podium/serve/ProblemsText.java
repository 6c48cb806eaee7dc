package podium.serve;

import java.util.List;
import podium.diagnostic.Problem;

/** The problems as the command line prints them, one per line, for the overlay. */
final class ProblemsText {
  private ProblemsText() {}

  static String of(List<Problem> problems) {
    return String.join("\n", problems.stream().map(Problem::format).toList());
  }
}
