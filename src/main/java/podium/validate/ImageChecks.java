package podium.validate;

import java.util.Map;
import podium.load.ImageFile;
import podium.load.Photos;
import podium.model.ImageFormat;
import podium.model.Localized;
import podium.model.Photo;

/**
 * The checks every image the data names goes through (a speaker's photo, an edition's logo or hero image):
 * a safe path inside the edition's data folder, a format every browser shows, named by what the content is,
 * and nothing that could run (SVG). {@code noun} names the image in messages ("photo", "logo").
 */
final class ImageChecks {
  private ImageChecks() {}

  /** The checked image, or null when {@code path} is refused (the problem is reported at {@code pointer}). */
  static Photo image(FileChecks checks, String pointer, String noun, String path, Localized alt, String folder,
      Map<String, ImageFile> images) {
    if (!Photos.isSafePath(path)) {
      checks.error(pointer, "unsafe " + noun + " path '" + path + "'", Photos.RULE);
      return null;
    }
    ImageFormat named = ImageFormat.byName(path);
    if (named == null) {
      checks.error(pointer, noun + " '" + path + "' is not a " + ImageFormat.ALL + " file",
          "save it in one of those formats, which every current browser shows");
      return null;
    }
    ImageFile file = images.get(path);
    if (file == null) {
      checks.error(pointer, noun + " '" + path + "' not found", "expected at " + folder + "/" + path);
      return null;
    }
    if (!file.wasRead()) {
      return null;
    }
    if (file.format() != named) {
      checks.error(pointer, noun + " '" + path + "' does not hold " + named.withArticle() + " image",
          file.format() == null ? "save it again from an image editor"
              : "it holds " + file.format().withArticle() + " image: name it ." + file.format().extension());
      return null;
    }
    if (file.flaw() != null) {
      checks.error(pointer, noun + " '" + path + "' cannot be published: " + file.flaw(),
          file.format() == ImageFormat.SVG ? "remove it, or save the " + noun + " as PNG"
              : "save it again from an image editor");
      return null;
    }
    return new Photo(file.source(), file.format(), file.hash(), file.width(), file.height(),
        file.orientation(), alt, file.content());
  }
}
