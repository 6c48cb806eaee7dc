package podium.render.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A PNG of 8-bit palette indices (colour type 3, RFC 2083), written directly: a share image is drawn as
 * indices into a palette of its few colours and their blends ({@link ShareCanvas}), so encoding is one copy
 * of the rows and one deflate. ImageIO's writer took 17 ms for a 1200 × 630 RGB picture (it filters every row
 * of three bytes a pixel); this takes about 2 ms and gives a smaller file (about 25 KB). Deflate's fastest
 * level: the pictures are mostly runs of one colour, which every level compresses alike.
 */
final class PalettePng {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private PalettePng() {}

  /** The PNG of {@code indices} (row by row, one byte a pixel) with {@code palette} (0xRRGGBB, ≤ 256). */
  static byte[] encode(byte[] indices, int width, int height, int[] palette) {
    byte[] rows = new byte[(width + 1) * height];
    for (int y = 0; y < height; y++) {
      // each row starts with its filter type, 0: none (indices do not predict each other)
      System.arraycopy(indices, y * width, rows, y * (width + 1) + 1, width);
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream(32 * 1024);
    png.writeBytes(SIGNATURE);
    byte[] header = new byte[13];
    putInt(header, 0, width);
    putInt(header, 4, height);
    header[8] = 8;  // bits per index
    header[9] = 3;  // indexed colour; compression, filter and interlace methods 0
    chunk(png, "IHDR", header);
    byte[] colours = new byte[palette.length * 3];
    for (int i = 0; i < palette.length; i++) {
      colours[3 * i] = (byte) (palette[i] >> 16);
      colours[3 * i + 1] = (byte) (palette[i] >> 8);
      colours[3 * i + 2] = (byte) palette[i];
    }
    chunk(png, "PLTE", colours);
    chunk(png, "IDAT", deflate(rows));
    chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  /**
   * Whether {@code png} starts as this class writes a picture of that size: the signature and the header of
   * 8-bit indices. Bytes reused from the last build's output that are not such a picture are made again.
   */
  static boolean isPalettePng(byte[] png, int width, int height) {
    if (png.length < 33 || !java.util.Arrays.equals(png, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)
        || !"IHDR".equals(new String(png, 12, 4, StandardCharsets.US_ASCII))) {
      return false;
    }
    byte[] header = java.util.Arrays.copyOfRange(png, 16, 29);
    byte[] expected = new byte[13];
    putInt(expected, 0, width);
    putInt(expected, 4, height);
    expected[8] = 8;
    expected[9] = 3;
    return java.util.Arrays.equals(header, expected);
  }

  private static byte[] deflate(byte[] data) {
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try {
      deflater.setInput(data);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
      byte[] buffer = new byte[32 * 1024];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
    byte[] length = new byte[4];
    putInt(length, 0, data.length);
    png.writeBytes(length);
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    png.writeBytes(name);
    png.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    byte[] check = new byte[4];
    putInt(check, 0, (int) crc.getValue());
    png.writeBytes(check);
  }

  private static void putInt(byte[] target, int at, int value) {
    target[at] = (byte) (value >>> 24);
    target[at + 1] = (byte) (value >>> 16);
    target[at + 2] = (byte) (value >>> 8);
    target[at + 3] = (byte) value;
  }
}
