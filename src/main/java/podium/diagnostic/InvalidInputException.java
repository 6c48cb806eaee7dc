package podium.diagnostic;

import java.util.List;

/** Thrown by the pipeline when the input has problems; carries all of them, already sorted. */
public final class InvalidInputException extends Exception {
  private final List<Problem> problems;

  public InvalidInputException(List<Problem> problems) {
    super(problems.size() + " problem(s) in the input", null, false, false);
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
