package podium.validate;

import java.util.List;
import java.util.Map;
import podium.diagnostic.Problems;
import podium.load.ImageFile;
import podium.load.Parsed;
import podium.load.SpeakerDoc;
import podium.model.Localized;
import podium.model.Photo;
import podium.model.Speaker;

/**
 * Checks {@code speakers.yaml}: unique safe ids, a name for everyone, texts only in the edition's languages,
 * and photos that are safe paths to existing images of a format every browser shows.
 */
final class SpeakerValidator {
  private SpeakerValidator() {}

  static Map<String, Speaker> check(Parsed<List<SpeakerDoc>> parsed, String folder, List<String> languages,
      Map<String, ImageFile> photos, Problems problems) {
    FileChecks checks = new FileChecks(parsed, problems);
    return checks.defined("speaker", "", parsed.value(), SpeakerDoc::id, (doc, at) -> {
      Photo photo = photo(checks, at, doc, folder, languages, photos);
      if (!checks.require(at + "/name", doc.name())) {
        return null;
      }
      return new Speaker(doc.id(), doc.name().strip(),
          checks.localized(at + "/affiliation", doc.affiliation(), languages),
          checks.localized(at + "/bio", doc.bio(), languages), photo);
    });
  }

  /** The checked photo, or null when there is none or it is refused (then the problem is reported). */
  private static Photo photo(FileChecks checks, String at, SpeakerDoc doc, String folder, List<String> languages,
      Map<String, ImageFile> photos) {
    Localized alt = checks.localized(at + "/photo_alt", doc.photoAlt(), languages);
    String path = doc.photo();
    if (path == null || path.isBlank()) {
      if (!alt.isEmpty()) {
        checks.error(at + "/photo_alt", "'photo_alt' without a 'photo'", "add the photo, or remove its text");
      }
      return null;
    }
    return ImageChecks.image(checks, at + "/photo", "photo", path, alt, folder, photos);
  }
}
