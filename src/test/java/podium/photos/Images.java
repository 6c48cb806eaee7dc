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

  private static byte[] write(int width, int height, String format) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, 0x336699);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
