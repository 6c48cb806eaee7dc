package podium.photos;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import podium.render.Orientation;

/**
 * Each EXIF orientation on a 3 × 2 image of six distinct pixels, A B C over D E F, against how the EXIF
 * specification says the stored rows and columns are to be seen.
 */
class OrientationTest {
  private static final String PIXELS = "ABCDEF";

  @Test
  void eachOrientationShowsTheStoredPixelsAsExifDescribes() {
    assertThat(seen(1)).isEqualTo("ABC/DEF");
    assertThat(seen(2)).isEqualTo("CBA/FED");
    assertThat(seen(3)).isEqualTo("FED/CBA");
    assertThat(seen(4)).isEqualTo("DEF/ABC");
    assertThat(seen(5)).isEqualTo("AD/BE/CF");
    assertThat(seen(6)).isEqualTo("DA/EB/FC");
    assertThat(seen(7)).isEqualTo("FC/EB/DA");
    assertThat(seen(8)).isEqualTo("CF/BE/AD");
    assertThat(seen(0)).as("out of range: as stored").isEqualTo("ABC/DEF");
  }

  private static String seen(int orientation) {
    BufferedImage stored = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
    for (int i = 0; i < PIXELS.length(); i++) {
      stored.setRGB(i % 3, i / 3, PIXELS.charAt(i));
    }
    BufferedImage upright = Orientation.upright(stored, orientation);
    StringBuilder rows = new StringBuilder();
    for (int y = 0; y < upright.getHeight(); y++) {
      rows.append(y == 0 ? "" : "/");
      for (int x = 0; x < upright.getWidth(); x++) {
        rows.append((char) (upright.getRGB(x, y) & 0xFFFFFF));
      }
    }
    return rows.toString();
  }
}
