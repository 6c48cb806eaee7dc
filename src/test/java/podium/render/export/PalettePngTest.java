package podium.render.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The palette PNG writer, read back by ImageIO pixel by pixel: runs of one-colour rows (reused deflate blocks,
 * of several colours and lengths, at the start, between and at the end) and rows of anything.
 */
class PalettePngTest {
  @Test
  void everyPixelReadsBackAsItsPaletteColour() throws Exception {
    int width = 300;
    int height = 120;
    byte[] indices = new byte[width * height];
    Random random = new Random(7);
    for (int y = 0; y < height; y++) {
      int band = y / 10;
      for (int x = 0; x < width; x++) {
        // bands 0, 3, 6, 9: one colour (0, then 128); the others: noise, so the deflater sees every kind of row
        indices[y * width + x] = band % 3 == 0 ? (byte) (band < 6 ? 0 : 128) : (byte) random.nextInt(256);
      }
    }
    int[] palette = new int[256];
    for (int i = 0; i < 256; i++) {
      palette[i] = i * 0x010203 & 0xffffff;
    }
    for (int round = 0; round < 2; round++) {  // the second reuses the runs the first deflated
      byte[] png = PalettePng.encode(indices, width, height, palette);
      assertThat(PalettePng.isPalettePng(png, width, height)).isTrue();
      assertThat(PalettePng.isPalettePng(png, width + 1, height)).isFalse();
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      for (int y = 0; y < height; y++) {
        for (int x = 0; x < width; x++) {
          assertThat(image.getRGB(x, y) & 0xffffff).as("(%d, %d)", x, y).isEqualTo(palette[indices[y * width + x] & 0xff]);
        }
      }
    }
  }
}
