package podium.validate;

import java.util.List;
import java.util.Map;
import podium.diagnostic.Problems;
import podium.load.Parsed;
import podium.load.SpeakerDoc;
import podium.model.Speaker;

/** Checks {@code speakers.yaml}: unique safe ids, a name for everyone, texts only in the edition's languages. */
final class SpeakerValidator {
  private SpeakerValidator() {}

  static Map<String, Speaker> check(Parsed<List<SpeakerDoc>> parsed, List<String> languages, Problems problems) {
    FileChecks checks = new FileChecks(parsed, problems);
    return checks.defined("speaker", "", parsed.value(), SpeakerDoc::id, (doc, at) -> {
      if (!checks.require(at + "/name", doc.name())) {
        return null;
      }
      return new Speaker(doc.id(), doc.name().strip(),
          checks.localized(at + "/affiliation", doc.affiliation(), languages),
          checks.localized(at + "/bio", doc.bio(), languages));
    });
  }
}
