package podium.build;

import java.util.List;

/** What a build wrote: one line per edition, the total number of files, and the wall time. */
public record BuildReport(List<EditionSummary> editions, int files, long millis) {

  /** An edition's languages and the number of pages written for it. */
  public record EditionSummary(String id, List<String> languages, int pages) {}
}
