package podium.diagnostic;

import java.util.Comparator;

/**
 * One problem in the user's input, located at a 1-based line and column of a file given relative to the
 * project root. Sorted by file, then position, so that output is stable and reads top to bottom.
 */
public record Problem(String path, int line, int column, String message, String hint)
    implements Comparable<Problem> {

  private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::path)
      .thenComparingInt(Problem::line)
      .thenComparingInt(Problem::column)
      .thenComparing(Problem::message);

  public Problem {
    line = Math.max(line, 1);
    column = Math.max(column, 1);
  }

  /** The compiler-style line editors' tools and terminals understand: {@code path:line:column: error: …}. */
  public String format() {
    String text = path + ":" + line + ":" + column + ": error: " + message;
    return hint == null || hint.isEmpty() ? text : text + " (" + hint + ")";
  }

  @Override
  public int compareTo(Problem other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return format();
  }
}
