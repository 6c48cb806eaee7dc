package podium.importer;

import java.util.List;
import java.util.Map;
import podium.load.EditionDoc;
import podium.load.SessionDoc;
import podium.load.SpeakerDoc;

/**
 * An edition's programme as the project has it before the import: {@code edition} is null for a new edition;
 * {@code descriptions} maps a language to its sessions' descriptions (id to the file's text).
 */
record Existing(EditionDoc edition, List<SessionDoc> sessions, List<SpeakerDoc> speakers,
    Map<String, Map<String, String>> descriptions) {

  /** The programme after {@code merged} joined it, its descriptions in {@code language} included. */
  Existing with(Merge.Result merged, String language) {
    Map<String, Map<String, String>> texts = new java.util.LinkedHashMap<>(descriptions);
    Map<String, String> inLanguage = new java.util.LinkedHashMap<>(texts.getOrDefault(language, Map.of()));
    inLanguage.putAll(merged.descriptions());
    texts.put(language, inLanguage);
    return new Existing(merged.edition(), merged.sessions(), merged.speakers(), texts);
  }

  static Existing none() {
    return new Existing(null, List.of(), List.of(), Map.of());
  }
}
