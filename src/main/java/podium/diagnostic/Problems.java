package podium.diagnostic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects every problem of a run instead of stopping at the first, so an editor fixes them all in one go.
 * Thread-safe: validation of independent files may run in parallel.
 */
public final class Problems {
  private final List<Problem> found = Collections.synchronizedList(new ArrayList<>());

  public void add(Problem problem) {
    found.add(problem);
  }

  public void error(String path, Position at, String message) {
    error(path, at, message, null);
  }

  public void error(String path, Position at, String message, String hint) {
    Position where = at == null ? Position.START : at;
    add(new Problem(path, where.line(), where.column(), message, hint));
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** Every problem, sorted by file and position, duplicates removed. */
  public List<Problem> sorted() {
    synchronized (found) {
      return found.stream().distinct().sorted().toList();
    }
  }
}
