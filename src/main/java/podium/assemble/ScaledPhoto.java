package podium.assemble;

import java.util.List;
import podium.model.FileContent;
import podium.model.ImageFormat;

/**
 * A speaker's photo to publish smaller, once per size the pages show it at: the render stage decodes
 * {@code content} once, turns it upright by its EXIF {@code orientation} (1–8) and writes each size in the
 * photo's own {@code format}. Each size's target is a path relative to the output folder.
 */
public record ScaledPhoto(FileContent content, ImageFormat format, int orientation, List<Size> sizes) {

  /** One published size, upright: its file and its size in pixels, which the pages' attributes give. */
  public record Size(String target, int width, int height) {}
}
