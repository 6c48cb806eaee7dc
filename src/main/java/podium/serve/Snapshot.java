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

  /**
   * Whether this snapshot serves every file of {@code rendered} and {@code copied} that is not a page, under
   * the same name: what pages rendered ahead of a rebuild may link (stylesheets, scripts, photos, data).
   */
  boolean hasEveryFileBesidePages(Map<String, byte[]> rendered, Map<String, byte[]> copied) {
    return java.util.stream.Stream.concat(rendered.keySet().stream(), copied.keySet().stream())
        .filter(path -> !path.endsWith(".html"))
        .allMatch(path -> this.rendered.containsKey(path) || this.copied.containsKey(path));
  }

  /** Whether these pages read the same here as in {@code rendered}. */
  boolean showsAsIn(java.util.Set<String> pages, Map<String, byte[]> rendered) {
    return pages.stream().allMatch(page -> java.util.Arrays.equals(this.rendered.get(page), rendered.get(page)));
  }

  Snapshot withProblems(List<Problem> newProblems) {
    return new Snapshot(rendered, copied, List.copyOf(newProblems));
  }
}
