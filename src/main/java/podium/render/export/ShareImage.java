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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import podium.render.RenderedFile;

/**
 * The edition's share image in one language: 1200 × 630 pixels (what OpenGraph and Twitter cards show at full
 * width) with its name, dates, place and tagline, drawn by Java2D with the DejaVu Sans fonts shipped in the jar
 * (Bitstream Vera licence beside them), never the machine's fonts, so every build draws the same pixels and
 * writes the same PNG bytes (ImageIO's PNG writer adds no time). No network, no browser.
 */
final class ShareImage {
  static final int WIDTH = 1200;
  static final int HEIGHT = 630;
  private static final int MARGIN = 80;
  private static final Font BOLD = font("DejaVuSans-Bold.ttf");
  private static final Font REGULAR = font("DejaVuSans.ttf");
  private static final Color ACCENT = new Color(0x0b5cad);  // the stylesheet's --accent
  private static final Color PAPER = Color.WHITE;
  private static final Color SOFT = new Color(0xdce8f5);

  private ShareImage() {}

  static RenderedFile render(ExportView view) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setColor(ACCENT);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      g.setColor(SOFT);
      g.fillRect(0, HEIGHT - 24, WIDTH, 24);
      float y = MARGIN;
      y = paragraph(g, view.text(view.edition.name()), BOLD.deriveFont(68f), PAPER, y, 3);
      y += 28;
      String place = view.edition.venue() != null ? view.text(view.edition.venue().name())
          : view.edition.online() ? view.label("online_event", "Online") : null;
      y = paragraph(g, dates(view), REGULAR.deriveFont(38f), PAPER, y, 1);
      if (place != null) {
        y = paragraph(g, place, REGULAR.deriveFont(38f), PAPER, y + 8, 2);
      }
      String tagline = view.text(view.edition.tagline());
      if (tagline != null) {
        paragraph(g, tagline, REGULAR.deriveFont(32f), SOFT, y + 28, 2);
      }
    } finally {
      g.dispose();
    }
    return new RenderedFile(view.routes.shareImage(view.language), png(image));
  }

  private static String dates(ExportView view) {
    var format = java.time.format.DateTimeFormatter.ofPattern(view.label("date_long", "EEEE d MMMM yyyy"),
        java.util.Locale.forLanguageTag(view.language));
    String start = format.format(view.edition.start());
    return view.edition.start().equals(view.edition.end()) ? start
        : start + " – " + format.format(view.edition.end());
  }

  /** Draws {@code text} wrapped to the width, at most {@code maxLines} (the last ends in "…"); the next y. */
  private static float paragraph(Graphics2D g, String text, Font font, Color color, float y, int maxLines) {
    if (text == null || text.isBlank()) {
      return y;
    }
    g.setColor(color);
    List<TextLayout> lines = lines(text.replaceAll("\\s+", " ").strip(), font, g.getFontRenderContext(), maxLines);
    for (TextLayout line : lines) {
      y += line.getAscent();
      line.draw(g, MARGIN, y);
      y += line.getDescent() + line.getLeading() + 6;
    }
    return y;
  }

  private static List<TextLayout> lines(String text, Font font, FontRenderContext context, int maxLines) {
    AttributedString attributed = new AttributedString(text);
    attributed.addAttribute(TextAttribute.FONT, font);
    LineBreakMeasurer measurer = new LineBreakMeasurer(attributed.getIterator(), context);
    float width = WIDTH - 2 * MARGIN;
    List<TextLayout> lines = new ArrayList<>();
    while (measurer.getPosition() < text.length() && lines.size() < maxLines) {
      int start = measurer.getPosition();
      TextLayout line = measurer.nextLayout(width);
      if (lines.size() == maxLines - 1 && measurer.getPosition() < text.length()) {
        String rest = text.substring(start).strip();
        String cut = rest;
        TextLayout shortened;
        do {
          int space = cut.lastIndexOf(' ');
          cut = space > 0 ? cut.substring(0, space) : cut.substring(0, Math.max(1, cut.length() - 1));
          shortened = new TextLayout(cut + "…", font, context);
        } while (shortened.getAdvance() > width && cut.length() > 1);
        line = shortened;
      }
      lines.add(line);
    }
    return lines;
  }

  private static byte[] png(BufferedImage image) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing a PNG to memory", e);
    }
    return out.toByteArray();
  }

  private static Font font(String file) {
    try (InputStream in = ShareImage.class.getResourceAsStream("/podium/fonts/" + file)) {
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
