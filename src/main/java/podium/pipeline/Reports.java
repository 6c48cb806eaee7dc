package podium.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import podium.model.Edition;
import podium.model.TranslationRow;
import podium.model.TranslationState;
import podium.model.TranslationTally;

/** The summary of a build: pages per edition, translation tallies, outdated translations. */
final class Reports {
  private Reports() {}

  static BuildReport of(Rendered rendered, String onlyEdition, int files, long millis, long writeNanos) {
    Map<String, Long> pagesPerEdition = rendered.model().pages().stream()
        .collect(Collectors.groupingBy(page -> page.path().substring(0, page.path().indexOf('/') + 1),
            Collectors.counting()));
    List<BuildReport.EditionSummary> editions = rendered.site().editions().stream()
        .filter(edition -> onlyEdition == null || edition.id().equals(onlyEdition))
        .map(edition -> new BuildReport.EditionSummary(edition.id(), edition.languages(),
            pagesPerEdition.getOrDefault(edition.id() + "/", 0L).intValue(), TranslationTally.of(edition),
            outdated(edition)))
        .toList();
    return new BuildReport(editions, files, millis, rendered.stages() + String.format(java.util.Locale.ROOT,
        ", copy and swap %.1f ms", writeNanos / 1e6));
  }

  private static List<String> outdated(Edition edition) {
    List<String> files = new ArrayList<>();
    for (TranslationRow row : edition.translations()) {
      row.states().forEach((language, state) -> {
        if (state == TranslationState.OUTDATED) {
          files.add(row.sourcePath().replaceFirst("/" + row.sourceLanguage() + "/", "/" + language + "/"));
        }
      });
    }
    return files;
  }
}
