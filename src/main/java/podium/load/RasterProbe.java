package podium.load;

import com.drew.imaging.FileType;
import com.drew.imaging.FileTypeDetector;
import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.heif.HeifDirectory;
import com.drew.metadata.jpeg.JpegDirectory;
import com.drew.metadata.png.PngDirectory;
import com.drew.metadata.webp.WebpDirectory;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import podium.model.ImageFormat;

/**
 * Tells a JPEG, PNG, WebP or AVIF file by its content and reads its size from its headers (metadata-extractor:
 * no pixel is decoded). Browsers turn a photo by its EXIF orientation or AVIF rotation, so the size reported
 * is the turned one, which the page's width and height attributes must match.
 */
final class RasterProbe {
  private RasterProbe() {}

  static ImageFile probe(Path file, byte[] bytes, String hash) {
    FileType type;
    try {
      type = FileTypeDetector.detectFileType(new BufferedInputStream(new ByteArrayInputStream(bytes)));
    } catch (IOException e) {
      type = FileType.Unknown;
    }
    ImageFormat format = switch (type) {
      case Jpeg -> ImageFormat.JPEG;
      case Png -> ImageFormat.PNG;
      case WebP -> ImageFormat.WEBP;
      case Avif -> ImageFormat.AVIF;
      default -> null;
    };
    if (format == null) {
      return ImageFile.refused(file, hash, null, null);
    }
    try {
      Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length, type);
      int[] size = switch (format) {
        case JPEG -> size(metadata, JpegDirectory.class, JpegDirectory.TAG_IMAGE_WIDTH, JpegDirectory.TAG_IMAGE_HEIGHT);
        case PNG -> size(metadata, PngDirectory.class, PngDirectory.TAG_IMAGE_WIDTH, PngDirectory.TAG_IMAGE_HEIGHT);
        case WEBP -> size(metadata, WebpDirectory.class, WebpDirectory.TAG_IMAGE_WIDTH, WebpDirectory.TAG_IMAGE_HEIGHT);
        default -> size(metadata, HeifDirectory.class, HeifDirectory.TAG_IMAGE_WIDTH, HeifDirectory.TAG_IMAGE_HEIGHT);
      };
      if (size == null) {
        return ImageFile.refused(file, hash, format, "its size cannot be read");
      }
      int orientation = orientation(metadata);
      return turned(metadata) ? new ImageFile(file, hash, format, size[1], size[0], orientation, null)
          : new ImageFile(file, hash, format, size[0], size[1], orientation, null);
    } catch (ImageProcessingException | IOException | RuntimeException e) {
      // a damaged or truncated file: the library's message names its internals, not the editor's problem
      return ImageFile.refused(file, hash, format, "the file is damaged");
    }
  }

  /** The first positive width and height {@code kind} of directory holds (a PNG has one per chunk type). */
  private static int[] size(Metadata metadata, Class<? extends Directory> kind, int widthTag, int heightTag) {
    for (Directory directory : metadata.getDirectoriesOfType(kind)) {
      Integer width = directory.getInteger(widthTag);
      Integer height = directory.getInteger(heightTag);
      if (width != null && height != null && width > 0 && height > 0) {
        return new int[] {width, height};
      }
    }
    return null;
  }

  /** The EXIF orientation, 1–8; 1 (as stored) when there is none or it is out of range, as browsers take it. */
  private static int orientation(Metadata metadata) {
    ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
    Integer orientation = exif == null ? null : exif.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
    return orientation != null && orientation >= 1 && orientation <= 8 ? orientation : 1;
  }

  /** True when the browser shows the image a quarter turn round: EXIF orientations 5–8, AVIF irot 90/270. */
  private static boolean turned(Metadata metadata) {
    if (orientation(metadata) >= 5) {
      return true;
    }
    HeifDirectory heif = metadata.getFirstDirectoryOfType(HeifDirectory.class);
    Integer rotation = heif == null ? null : heif.getInteger(HeifDirectory.TAG_IMAGE_ROTATION);
    return rotation != null && (rotation == 1 || rotation == 3 || rotation == 90 || rotation == 270);
  }
}
