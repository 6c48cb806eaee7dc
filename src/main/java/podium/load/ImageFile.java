package podium.load;

import java.nio.file.Path;
import podium.model.FileContent;
import podium.model.ImageFormat;

/**
 * An image file the data names (a speaker's photo), as found on disk. {@code format} is what its content is
 * (null: none of the formats taken); {@code width} × {@code height} its displayed size (0 × 0 when unknown);
 * {@code orientation} is the EXIF orientation of a JPEG's stored pixels (1–8, 1 when upright or absent),
 * which whoever decodes the pixels must apply; {@code flaw} says why an image of a known format is still
 * refused (null when it is not).
 */
public record ImageFile(Path source, String hash, ImageFormat format, int width, int height, int orientation,
    String flaw, FileContent content) {

  ImageFile(Path source, String hash, ImageFormat format, int width, int height, int orientation, String flaw) {
    this(source, hash, format, width, height, orientation, flaw, null);
  }

  /** This file with the bytes it was probed from, which are what gets published. */
  ImageFile with(FileContent read) {
    return new ImageFile(source, hash, format, width, height, orientation, flaw, read);
  }

  /** A file that was not read at all (a link leading out of the project, reported where it is). */
  static ImageFile unread(Path source) {
    return new ImageFile(source, null, null, 0, 0, 1, null);
  }

  /** False for an {@link #unread} file: its problem is reported already, and there is nothing else to say. */
  public boolean wasRead() {
    return hash != null;
  }

  static ImageFile refused(Path source, String hash, ImageFormat format, String flaw) {
    return new ImageFile(source, hash, format, 0, 0, 1, flaw);
  }
}
