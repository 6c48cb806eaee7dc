package podium.assemble;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import podium.model.Edition;
import podium.model.TranslationRow;
import podium.model.TranslationTally;

/**
 * The editors' picture before a release: which page and session is translated, missing or outdated in which
 * language. Published at {@code <edition>/translation-status/} (not linked, not indexed) and as JSON.
 */
final class TranslationStatusPage {
  private TranslationStatusPage() {}

  static Contents.TranslationStatus of(Edition edition) {
    List<Contents.TranslationLine> lines = edition.translations().stream().map(row -> line(edition, row)).toList();
    return new Contents.TranslationStatus(edition.languages(), lines, TranslationTally.of(edition));
  }

  private static Contents.TranslationLine line(Edition edition, TranslationRow row) {
    Map<String, String> states = new LinkedHashMap<>();
    for (String language : edition.languages()) {
      states.put(language, row.states().get(language).label());
    }
    return new Contents.TranslationLine(row.item(), row.kind(), row.sourcePath(), row.sourceHash(), states);
  }
}
