package podium.validate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import podium.diagnostic.Position;
import podium.diagnostic.Problems;
import podium.rules.ContentHash;
import podium.rules.Memo;
import podium.load.MarkdownSource;
import podium.model.Localized;
import podium.model.Session;
import podium.model.TranslationRow;
import podium.model.TranslationState;

/**
 * Which texts are translated, missing or outdated. A translation is outdated when the {@code source_hash} in
 * its front matter differs from the hash of the source text as it is now; translations without one are
 * taken as current, so pages written before this check (or for JBake) are not all flagged at once.
 */
final class TranslationAudit {
  /** Every text's hash, again after each edit in the preview: remembered, as a third of validating was hashing. */
  private static final Memo<String, String> HASHES =
      new Memo<>(text -> ContentHash.of(text.replace("\r\n", "\n").strip()));

  private TranslationAudit() {}

  static List<TranslationRow> audit(EditionBasics edition, Map<String, Map<String, MarkdownSource>> markdown,
      List<Session> sessions, boolean strict, Problems problems) {
    List<TranslationRow> rows = new ArrayList<>();
    markdown.forEach((id, byLanguage) -> rows.add(markdownRow(edition, id, byLanguage, strict, problems)));
    for (Session session : sessions) {
      rows.add(sessionRow(edition, session));
    }
    return List.copyOf(rows);
  }

  /** The short content hash a translation records as {@code source_hash}. */
  static String hash(String text) {
    return HASHES.of(text);
  }

  private static TranslationRow markdownRow(EditionBasics edition, String id,
      Map<String, MarkdownSource> byLanguage, boolean strict, Problems problems) {
    String sourceLanguage = byLanguage.containsKey(edition.defaultLanguage()) ? edition.defaultLanguage()
        : edition.languages().stream().filter(byLanguage::containsKey).findFirst().orElseThrow();
    MarkdownSource source = byLanguage.get(sourceLanguage);
    String sourceHash = hash(source.body());
    Map<String, TranslationState> states = new LinkedHashMap<>();
    for (String language : edition.languages()) {
      MarkdownSource version = byLanguage.get(language);
      TranslationState state;
      if (language.equals(sourceLanguage)) {
        state = TranslationState.SOURCE;
      } else if (version == null) {
        state = TranslationState.MISSING;
        if (strict) {
          problems.error(source.path(), Position.START, "'" + id + "' is not translated into '" + language + "'",
              "add content/" + edition.id() + "/" + language + "/" + id + ".md");
        }
      } else if (version.frontMatter().sourceHash() != null
          && !version.frontMatter().sourceHash().equals(sourceHash)) {
        state = TranslationState.OUTDATED;
        if (strict) {
          problems.error(version.path(), version.frontMatterPositions().at("/source_hash"),
              "translation is outdated: " + source.path() + " has changed since it was translated",
              "update the translation, then set source_hash: " + sourceHash);
        }
      } else {
        state = TranslationState.OK;
      }
      states.put(language, state);
    }
    return new TranslationRow(id, id.startsWith(PageValidator.SESSIONS_FOLDER) ? "description"
        : id.startsWith(podium.model.Page.NEWS_FOLDER) ? "news" : "page",
        sourceLanguage, sourceHash, source.path(), Collections.unmodifiableMap(states));
  }

  private static TranslationRow sessionRow(EditionBasics edition, Session session) {
    Map<String, TranslationState> states = new LinkedHashMap<>();
    for (String language : edition.languages()) {
      boolean source = language.equals(edition.defaultLanguage());
      boolean translated = has(session.title(), language)
          && (session.summary().isEmpty() || has(session.summary(), language));
      states.put(language, source ? TranslationState.SOURCE
          : translated ? TranslationState.OK : TranslationState.MISSING);
    }
    return new TranslationRow("session " + session.id(), "session", edition.defaultLanguage(), null,
        "data/" + edition.id() + "/sessions.yaml", Collections.unmodifiableMap(states));
  }

  private static boolean has(Localized text, String language) {
    return text.exactly(language) != null;
  }
}
