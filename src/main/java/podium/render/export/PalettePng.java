package podium.render.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A PNG of 8-bit palette indices (colour type 3, RFC 2083), written directly: a share image is drawn as
 * indices into a palette of its few colours and their blends ({@link ShareCanvas}), so encoding is a copy
 * of the rows with text and one deflate of them. ImageIO's writer took 17 ms for a 1200 × 630 RGB picture (it
 * filters every row of three bytes a pixel); this takes about 1 ms and gives a smaller file (about 30 KB).
 * Deflate's fastest level: the pictures are mostly runs of one colour, which every level compresses alike.
 */
final class PalettePng {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private PalettePng() {}

  /** The PNG of {@code indices} (row by row, one byte a pixel) with {@code palette} (0xRRGGBB, ≤ 256). */
  static byte[] encode(byte[] indices, int width, int height, int[] palette) {
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
    chunk(png, "IDAT", zlib(indices, width, height));
    chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  /**
   * The zlib stream of the rows, each after its filter type 0 (none: indices do not predict each other).
   * Half the rows of a share image are one colour from edge to edge (margins, space between lines, the band):
   * a run of such rows is deflated once per length and colour and its bytes reused, since deflate blocks
   * ended by a sync flush may follow one another; only rows with text go through the deflater.
   */
  private static byte[] zlib(byte[] indices, int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
    out.write(0x78);  // deflate, 32 KB window
    out.write(0x01);  // no dictionary, fastest; (0x78 << 8 | 0x01) is a multiple of 31, as zlib requires
    Adler32 checksum = new Adler32();
    Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
    try {
      for (int y = 0; y < height; ) {
        int end = y + 1;
        if (uniform(indices, y, width)) {
          while (end < height && sameRows(indices, y, end, width)) {
            end++;
          }
          long key = (long) width << 32 | (indices[y * width] & 0xffL) << 16 | (end - y);
          int start = y;
          int count = end - y;
          out.writeBytes(RUNS.computeIfAbsent(key, k -> deflated(rows(indices, start, start + 1, width, count))));
        } else {
          while (end < height && !uniform(indices, end, width)) {
            end++;
          }
          deflater.reset();
          out.writeBytes(flushed(deflater, rows(indices, y, end, width, 1)));
        }
        for (; y < end; y++) {
          checksum.update(0);
          checksum.update(indices, y * width, width);
        }
      }
    } finally {
      deflater.end();
    }
    out.write(0x03);  // an empty last block (fixed codes): the stream ends
    out.write(0x00);
    byte[] adler = new byte[4];
    putInt(adler, 0, (int) checksum.getValue());
    out.writeBytes(adler);
    return out.toByteArray();
  }

  /** Runs of one-colour rows, deflated: a few hundred entries at most (lengths × the two fill colours used). */
  private static final Map<Long, byte[]> RUNS = new ConcurrentHashMap<>();

  private static boolean uniform(byte[] indices, int y, int width) {
    int from = y * width;
    return Arrays.mismatch(indices, from, from + width - 1, indices, from + 1, from + width) < 0;
  }

  private static boolean sameRows(byte[] indices, int y, int other, int width) {
    return Arrays.mismatch(indices, y * width, (y + 1) * width, indices, other * width, (other + 1) * width) < 0;
  }

  /** Rows {@code from}–{@code to} with their filter bytes, repeated {@code times}. */
  private static byte[] rows(byte[] indices, int from, int to, int width, int times) {
    int count = to - from;
    byte[] rows = new byte[(width + 1) * count * times];
    for (int i = 0; i < count * times; i++) {
      System.arraycopy(indices, (from + i % count) * width, rows, i * (width + 1) + 1, width);
    }
    return rows;
  }

  private static byte[] deflated(byte[] data) {
    Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
    try {
      return flushed(deflater, data);
    } finally {
      deflater.end();
    }
  }

  /** {@code data} as raw deflate blocks that end on a byte (sync flush), referring to nothing before them. */
  private static byte[] flushed(Deflater deflater, byte[] data) {
    deflater.setInput(data);
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    byte[] buffer = new byte[16 * 1024];
    int written;
    do {
      written = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
      out.write(buffer, 0, written);
    } while (written == buffer.length);
    return out.toByteArray();
  }

  /**
   * Whether {@code png} starts as this class writes a picture of that size: the signature and the header of
   * 8-bit indices. Bytes reused from the last build's output that are not such a picture are made again.
   */
  static boolean isPalettePng(byte[] png, int width, int height) {
    if (png.length < 33 || !Arrays.equals(png, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)
        || !"IHDR".equals(new String(png, 12, 4, StandardCharsets.US_ASCII))) {
      return false;
    }
    byte[] header = Arrays.copyOfRange(png, 16, 29);
    byte[] expected = new byte[13];
    putInt(expected, 0, width);
    putInt(expected, 4, height);
    expected[8] = 8;
    expected[9] = 3;
    return Arrays.equals(header, expected);
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
