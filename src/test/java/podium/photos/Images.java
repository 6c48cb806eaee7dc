package podium.photos;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/**
 * Tiny images made for tests: no real person's photo is ever needed. PNG and JPEG are drawn with the JDK;
 * ImageIO writes neither WebP nor AVIF, so those two are 6 × 4 files made once with cwebp and avifenc.
 */
public final class Images {
  public static final byte[] WEBP_6_BY_4 = Base64.getDecoder().decode(
      "UklGRh4AAABXRUJQVlA4TBEAAAAvBcAAAAdQoAIWpP+BiOh/AAA=");
  public static final byte[] AVIF_6_BY_4 = Base64.getDecoder().decode(
      "AAAAIGZ0eXBhdmlmAAAAAGF2aWZtaWYxbWlhZk1BMUEAAADybWV0YQAAAAAAAAAoaGRscgAAAAAAAAAAcGljdAAAAAAAAAAAAAAAAGxp"
      + "YmF2aWYAAAAADnBpdG0AAAAAAAEAAAAeaWxvYwAAAABEAAABAAEAAAABAAABGgAAACAAAAAoaWluZgAAAAAAAQAAABppbmZlAgAAAAAB"
      + "AABhdjAxQ29sb3IAAAAAamlwcnAAAABLaXBjbwAAABRpc3BlAAAAAAAAAAYAAAAEAAAAEHBpeGkAAAAAAwgICAAAAAxhdjFDgSAAAAAA"
      + "ABNjb2xybmNseAABAA0ABoAAAAAXaXBtYQAAAAAAAAABAAEEAQKDBAAAAChtZGF0EgAKCDgIbsICGg0gMhIWQAYYYYQARmnt70DbZnI7"
      + "ioA=");

  private Images() {}

  public static byte[] png(int width, int height) {
    return write(width, height, "png");
  }

  public static byte[] jpeg(int width, int height) {
    return write(width, height, "jpg");
  }

  /** Red above, blue below: which way up it came out shows in any corner. */
  public static byte[] halves(int width, int height, String format) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, y < height / 2 ? 0xDD0000 : 0x0000DD);
      }
    }
    return write(image, format);
  }

  /** Clear on the left, opaque green on the right. */
  public static byte[] transparentPng(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    for (int y = 0; y < height; y++) {
      for (int x = width / 2; x < width; x++) {
        image.setRGB(x, y, 0xFF00AA00);
      }
    }
    return write(image, "png");
  }

  /**
   * The JPEG with an EXIF segment (APP1) saying how to turn it, as cameras write it: a big-endian TIFF
   * header and one directory holding only tag 274, orientation, as a SHORT. Put after ImageIO's JFIF APP0.
   */
  public static byte[] withOrientation(byte[] jpeg, int orientation) {
    byte[] exif = {(byte) 0xFF, (byte) 0xE1, 0, 34, 'E', 'x', 'i', 'f', 0, 0, // marker, length 34, "Exif\0\0"
        'M', 'M', 0, 42, 0, 0, 0, 8,                                        // TIFF header, IFD0 at 8
        0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0,   // 1 entry: 274, SHORT, 1 value
        0, 0, 0, 0};                                                        // no next IFD
    int app0End = 4 + ((jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF));
    if ((jpeg[2] & 0xFF) != 0xFF || (jpeg[3] & 0xFF) != 0xE0) {
      throw new IllegalArgumentException("expected ImageIO's JFIF segment after SOI");
    }
    byte[] result = new byte[jpeg.length + exif.length];
    System.arraycopy(jpeg, 0, result, 0, app0End);
    System.arraycopy(exif, 0, result, app0End, exif.length);
    System.arraycopy(jpeg, app0End, result, app0End + exif.length, jpeg.length - app0End);
    return result;
  }

  public static boolean isRed(int rgb) {
    return (rgb >> 16 & 0xFF) > 160 && (rgb >> 8 & 0xFF) < 90 && (rgb & 0xFF) < 90;
  }

  public static boolean isBlue(int rgb) {
    return (rgb >> 16 & 0xFF) < 90 && (rgb >> 8 & 0xFF) < 90 && (rgb & 0xFF) > 160;
  }

  private static byte[] write(int width, int height, String format) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, 0x336699);
    return write(image, format);
  }

  private static byte[] write(BufferedImage image, String format) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
