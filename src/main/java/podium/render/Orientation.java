package podium.render;

import java.awt.image.BufferedImage;

/**
 * Turns decoded pixels upright by their EXIF orientation. Cameras store a portrait as a landscape and say
 * "turn me" in EXIF; browsers obey, but ImageIO ignores it, and the smaller copies we write carry no EXIF, so
 * without this a portrait's thumbnail would lie on its side.
 */
public final class Orientation {
  private Orientation() {}

  /**
   * The image as it is meant to be seen, for EXIF orientations 1–8 (others: as it is). Orientations 5–8
   * swap width and height. Works on the pixels' ARGB values, so the result has the type of {@code image}
   * when that is an {@code int} RGB type (as the scaler's are), whose values pass through unchanged.
   */
  public static BufferedImage upright(BufferedImage image, int orientation) {
    if (orientation < 2 || orientation > 8) {
      return image;
    }
    int w = image.getWidth();
    int h = image.getHeight();
    boolean turned = orientation >= 5;
    int outWidth = turned ? h : w;
    int outHeight = turned ? w : h;
    int[] in = image.getRGB(0, 0, w, h, null, 0, w);
    int[] out = new int[in.length];
    for (int y = 0; y < outHeight; y++) {
      for (int x = 0; x < outWidth; x++) {
        // (sx, sy): the stored pixel shown at (x, y); the EXIF specification's tag 274, read backwards
        int sx;
        int sy;
        switch (orientation) {
          case 2 -> { sx = w - 1 - x; sy = y; }          // mirrored left to right
          case 3 -> { sx = w - 1 - x; sy = h - 1 - y; }  // upside down
          case 4 -> { sx = x; sy = h - 1 - y; }          // mirrored top to bottom
          case 5 -> { sx = y; sy = x; }                  // mirrored along the main diagonal
          case 6 -> { sx = y; sy = h - 1 - x; }          // to be turned a quarter clockwise
          case 7 -> { sx = w - 1 - y; sy = h - 1 - x; }  // mirrored along the other diagonal
          default -> { sx = w - 1 - y; sy = x; }         // 8: to be turned a quarter anticlockwise
        }
        out[y * outWidth + x] = in[sy * w + sx];
      }
    }
    BufferedImage result = new BufferedImage(outWidth, outHeight, image.getType() == BufferedImage.TYPE_CUSTOM
        ? BufferedImage.TYPE_INT_ARGB : image.getType());
    result.setRGB(0, 0, outWidth, outHeight, out, 0, outWidth);
    return result;
  }
}
