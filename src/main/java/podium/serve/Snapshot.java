package podium.serve;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import podium.diagnostic.Problem;

/**
 * What the preview serves: the last good site (rendered files in memory, copied files on disk) and the
 * problems of the latest attempt, if it failed. Replaced as a whole after each rebuild.
 */
record Snapshot(Map<String, byte[]> rendered, Map<String, Path> copied, List<Problem> problems) {
  static final Snapshot EMPTY = new Snapshot(Map.of(), Map.of(), List.of());

  Snapshot withProblems(List<Problem> newProblems) {
    return new Snapshot(rendered, copied, List.copyOf(newProblems));
  }
}
