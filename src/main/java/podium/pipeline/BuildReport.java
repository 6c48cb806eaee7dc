package podium.pipeline;

import java.util.List;
import podium.model.TranslationTally;

/** What a build wrote: one line per edition, the total number of files, the wall time and its stages. */
public record BuildReport(List<EditionSummary> editions, int files, long millis, String stages) {

  /**
   * An edition's languages, the number of pages written for it, its translation tallies per language and
   * the translations that are outdated (their files).
   */
  public record EditionSummary(String id, List<String> languages, int pages, List<TranslationTally> translations,
      List<String> outdated) {}
}
