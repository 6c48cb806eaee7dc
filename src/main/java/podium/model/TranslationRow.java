package podium.model;

import java.util.Map;

/**
 * The translation state of one translatable item (a page, a session description, a session's title and
 * abstract) in each language of its edition. {@code sourceHash} is what a translation made today records
 * in its {@code source_hash}; {@code sourcePath} is the file to compare against.
 */
public record TranslationRow(
    String item,
    String kind,
    String sourceLanguage,
    String sourceHash,
    String sourcePath,
    Map<String, TranslationState> states) {}
