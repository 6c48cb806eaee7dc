package podium.validate;

import java.util.List;
import java.util.Map;
import podium.diagnostic.Problems;
import podium.load.ImageFile;
import podium.load.Parsed;
import podium.load.Photos;
import podium.load.SpeakerDoc;
import podium.model.ImageFormat;
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
    String pointer = at + "/photo";
    if (!Photos.isSafePath(path)) {
      checks.error(pointer, "unsafe photo path '" + path + "'", Photos.RULE);
      return null;
    }
    ImageFormat named = ImageFormat.byName(path);
    if (named == null) {
      checks.error(pointer, "photo '" + path + "' is not a " + ImageFormat.ALL + " file",
          "save it in one of those formats, which every current browser shows");
      return null;
    }
    ImageFile file = photos.get(path);
    if (file == null) {
      checks.error(pointer, "photo '" + path + "' not found", "expected at " + folder + "/" + path);
      return null;
    }
    if (!file.wasRead()) {
      return null;
    }
    if (file.format() != named) {
      checks.error(pointer, "photo '" + path + "' does not hold " + named.withArticle() + " image",
          file.format() == null ? "save it again from an image editor"
              : "it holds " + file.format().withArticle() + " image: name it ." + file.format().extension());
      return null;
    }
    if (file.flaw() != null) {
      checks.error(pointer, "photo '" + path + "' cannot be published: " + file.flaw(),
          file.format() == ImageFormat.SVG ? "remove it, or save the photo as PNG"
              : "save it again from an image editor");
      return null;
    }
    return new Photo(file.source(), file.format(), file.hash(), file.width(), file.height(),
        file.orientation(), alt, file.content());
  }
}
