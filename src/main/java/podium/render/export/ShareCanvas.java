package podium.render.export;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.AttributedString;
import podium.assemble.ShareCard;

/**
 * Draws a {@link ShareCard} as a 1200 × 630 PNG (what OpenGraph and Twitter cards show at full width): the
 * heading and details in the brand's on-primary colour on its primary colour, the footer on a band of its
 * accent colour in the on-accent colour. Java2D with the DejaVu Sans fonts shipped in the jar (Bitstream Vera
 * licence beside them), never the machine's, so every build draws the same pixels; no network, no browser.
 *
 * <p>The picture is drawn in grey levels that are palette indices: 0–127 blend the background into its text
 * (0 background, 127 text), 128–255 the band into its text. Java2D's anti-aliasing blends levels linearly, as
 * it would blend the colours, so the palette turns the levels into exactly the picture drawn in colour, and the
 * PNG is written from the raster as it is ({@link PalettePng}). Text never crosses from one area into the
 * other (each is clipped), so no blend mixes the halves. A line that does not fit ends in "…".
 */
final class ShareCanvas {
  static final int WIDTH = 1200;
  static final int HEIGHT = 630;
  private static final int MARGIN = 72;
  private static final int BAND = 110;
  private static final int TOP_TEXT = 127;
  private static final int BAND_FILL = 128;
  private static final int BAND_TEXT = 255;
  private static final Font BOLD = font("DejaVuSans-Bold.ttf");
  private static final Font REGULAR = font("DejaVuSans.ttf");
  private static final Font HEADING = BOLD.deriveFont(60f);
  private static final Font DETAIL = REGULAR.deriveFont(34f);
  private static final Font FOOTER = BOLD.deriveFont(32f);

  private ShareCanvas() {}

  /** The card's PNG bytes: the same card always gives the same bytes. */
  static byte[] draw(ShareCard card) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      int top = HEIGHT - BAND;
      g.setColor(level(BAND_FILL));
      g.fillRect(0, top, WIDTH, BAND);  // the rest is level 0, the background, as the raster starts
      g.setClip(0, 0, WIDTH, top);
      g.setColor(level(TOP_TEXT));
      float bottom = top - 28;
      float y = paragraph(g, card.heading(), HEADING, MARGIN, bottom, 3) + 22;
      for (String detail : card.details()) {
        y = paragraph(g, detail, DETAIL, y + 8, bottom, 1);
      }
      if (card.footer() != null && !card.footer().isBlank()) {
        g.setClip(0, top, WIDTH, BAND);
        g.setColor(level(BAND_TEXT));
        TextLayout line = lines(card.footer(), FOOTER, g.getFontRenderContext(), 1)[0];
        draw(g, line, top + (BAND + line.getAscent() - line.getDescent()) / 2);
      }
    } finally {
      g.dispose();
    }
    byte[] levels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    return PalettePng.encode(levels, WIDTH, HEIGHT, palette(card.colours()));
  }

  /**
   * Draws {@code text} from {@code y} down, wrapped to the width, at most {@code maxLines} and none past
   * {@code bottom}; returns the y below the last line drawn.
   */
  private static float paragraph(Graphics2D g, String text, Font font, float y, float bottom, int maxLines) {
    if (text == null || text.isBlank()) {
      return y;
    }
    for (TextLayout line : lines(text, font, g.getFontRenderContext(), maxLines)) {
      if (line == null || y + line.getAscent() + line.getDescent() > bottom) {
        break;
      }
      y += line.getAscent();
      draw(g, line, y);
      y += line.getDescent() + line.getLeading() + 6;
    }
    return y;
  }

  /** A line at its baseline {@code y}: from the left margin, or to the right one for right-to-left text. */
  private static void draw(Graphics2D g, TextLayout line, float y) {
    line.draw(g, line.isLeftToRight() ? MARGIN : WIDTH - MARGIN - line.getAdvance(), y);
  }

  /** The lines of {@code text} (null after the last), the last ending in "…" when the text goes on. */
  private static TextLayout[] lines(String text, Font font, FontRenderContext context, int maxLines) {
    String flat = text.replaceAll("\\s+", " ").strip();
    AttributedString attributed = new AttributedString(flat);
    attributed.addAttribute(TextAttribute.FONT, font);
    LineBreakMeasurer measurer = new LineBreakMeasurer(attributed.getIterator(), context);
    float width = WIDTH - 2 * MARGIN;
    TextLayout[] lines = new TextLayout[maxLines];
    for (int i = 0; i < maxLines && measurer.getPosition() < flat.length(); i++) {
      int start = measurer.getPosition();
      lines[i] = measurer.nextLayout(width);
      if (i == maxLines - 1 && measurer.getPosition() < flat.length()) {
        lines[i] = shortened(flat.substring(start, measurer.getPosition()).strip(), font, context, width,
            lines[i].isLeftToRight());
      }
    }
    return lines;
  }

  /**
   * What fitted on the last line, cut at a word (or a character) until it fits with "…" after it, in the
   * paragraph's direction (a right-to-left title stays right-aligned when its last line starts in Latin).
   */
  private static TextLayout shortened(String fitted, Font font, FontRenderContext context, float width,
      boolean leftToRight) {
    String cut = fitted;
    TextLayout line = layout(cut + "…", font, context, leftToRight);
    while (line.getAdvance() > width && cut.codePointCount(0, cut.length()) > 1) {
      int space = cut.lastIndexOf(' ');
      cut = space > 0 ? cut.substring(0, space).strip() : cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
      line = layout(cut + "…", font, context, leftToRight);
    }
    return line;
  }

  private static TextLayout layout(String text, Font font, FontRenderContext context, boolean leftToRight) {
    AttributedString attributed = new AttributedString(text);
    attributed.addAttribute(TextAttribute.FONT, font);
    attributed.addAttribute(TextAttribute.RUN_DIRECTION, leftToRight ? TextAttribute.RUN_DIRECTION_LTR
        : TextAttribute.RUN_DIRECTION_RTL);
    return new TextLayout(attributed.getIterator(), context);
  }

  private static Color level(int level) {
    return new Color(level, level, level);
  }

  /** Level to colour: 0–127 background to text, 128–255 band to its text. */
  private static int[] palette(ShareCard.Colours colours) {
    int[] palette = new int[256];
    for (int level = 0; level < 256; level++) {
      boolean band = level >= BAND_FILL;
      palette[level] = mix(rgb(band ? colours.band() : colours.background()),
          rgb(band ? colours.bandText() : colours.text()), (level - (band ? BAND_FILL : 0)) / (double) TOP_TEXT);
    }
    return palette;
  }

  private static int mix(int from, int to, double share) {
    int mixed = 0;
    for (int shift = 16; shift >= 0; shift -= 8) {
      int a = from >> shift & 0xff;
      int b = to >> shift & 0xff;
      mixed |= (int) Math.round(a + (b - a) * share) << shift;
    }
    return mixed;
  }

  private static int rgb(String colour) {
    return Integer.parseInt(colour.substring(1), 16);
  }

  private static Font font(String file) {
    try (InputStream in = ShareCanvas.class.getResourceAsStream("/podium/fonts/" + file)) {
      if (in == null) {
        throw new IllegalStateException(file + " is missing from the jar");
      }
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (FontFormatException e) {
      throw new IllegalStateException(file + " is not a TrueType font", e);
    }
  }
}
