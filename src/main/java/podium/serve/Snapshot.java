package podium.serve;

import java.util.List;
import java.util.Map;
import podium.diagnostic.Problem;

/**
 * What the preview serves: the last good site (rendered files and the
 * bytes of copied files, all in memory) and the
 * problems of the latest attempt, if it failed. Replaced as a whole after each rebuild.
 */
record Snapshot(Map<String, byte[]> rendered, Map<String, byte[]> copied, List<Problem> problems) {
  static final Snapshot EMPTY = new Snapshot(Map.of(), Map.of(), List.of());

  Snapshot withProblems(List<Problem> newProblems) {
    return new Snapshot(rendered, copied, List.copyOf(newProblems));
  }
}
