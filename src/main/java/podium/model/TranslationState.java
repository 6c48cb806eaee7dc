package podium.model;

/** How far one language's version of a text is from its source-language version. */
public enum TranslationState {
  /** The version the others are translated from (the default language's, when it has one). */
  SOURCE,
  /** Translated, and either made from the current source or not tied to a source revision. */
  OK,
  /** Translated from an older revision of the source: its {@code source_hash} no longer matches. */
  OUTDATED,
  /** Not translated: readers see the fallback. */
  MISSING;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
