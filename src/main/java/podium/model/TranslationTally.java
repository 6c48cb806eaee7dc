package podium.model;

import java.util.List;

/** How many translatable items of an edition are current, missing and outdated in one language. */
public record TranslationTally(String language, int ok, int missing, int outdated) {

  public static List<TranslationTally> of(Edition edition) {
    return edition.languages().stream().map(language -> of(edition, language)).toList();
  }

  private static TranslationTally of(Edition edition, String language) {
    int ok = 0;
    int missing = 0;
    int outdated = 0;
    for (TranslationRow row : edition.translations()) {
      switch (row.states().get(language)) {
        case SOURCE, OK -> ok++;
        case MISSING -> missing++;
        case OUTDATED -> outdated++;
      }
    }
    return new TranslationTally(language, ok, missing, outdated);
  }
}
