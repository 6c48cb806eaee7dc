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

  static Existing none() {
    return new Existing(null, List.of(), List.of(), Map.of());
  }
}
