package podium.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import podium.model.ImageFormat;

/**
 * Reads and writes JPEG and PNG with the JDK's ImageIO. Streams are kept in memory: ImageIO's default
 * cache would go through temporary files for every photo. The output holds no metadata (no date, no EXIF),
 * so the same pixels give the same bytes in every build.
 */
final class PhotoCodec {
  /** Roughly what cameras' "high quality" means for photos of faces; the default (0.75) shows blocks in skin. */
  static final float JPEG_QUALITY = 0.85f;
  /** Beyond this many pixels a photo is decoded skipping rows and columns, so that a panorama cannot exhaust memory. */
  private static final long MAX_PIXELS = 50_000_000L;

  private PhotoCodec() {}

  /** The decoded pixels as stored (EXIF orientation not applied). */
  static BufferedImage decode(byte[] bytes) throws IOException {
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new IOException("no decoder");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        ImageReadParam param = reader.getDefaultReadParam();
        long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
        if (pixels > MAX_PIXELS) {
          int step = (int) Math.ceil(Math.sqrt((double) pixels / MAX_PIXELS));
          param.setSourceSubsampling(step, step, 0, 0);
        }
        return reader.read(0, param);
      } finally {
        reader.dispose();
      }
    }
  }

  /** A JPEG (progressive, quality {@value #JPEG_QUALITY}) or a PNG, as {@code format} says. */
  static byte[] encode(BufferedImage image, ImageFormat format) throws IOException {
    boolean jpeg = format == ImageFormat.JPEG;
    ImageWriter writer = ImageIO.getImageWritersByFormatName(jpeg ? "jpeg" : "png").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    if (jpeg) {
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(JPEG_QUALITY);
      param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
