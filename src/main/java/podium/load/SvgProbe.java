package podium.load;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import podium.model.ImageFormat;

/**
 * Reads an SVG photo without trusting it: no DTD or external entity is ever loaded, and a drawing holding
 * anything {@link SvgAllowList} does not allow is refused, naming the first such element or attribute and its
 * line. An {@code <img>} never runs an SVG's scripts, but the file is also published at its own URL on the
 * site's origin, where opening it would.
 */
final class SvgProbe {
  private static final Pattern LENGTH = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*(px)?\\s*");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");

  private SvgProbe() {}

  /** True when the bytes may be XML text (an SVG), not a binary image. */
  static boolean looksLikeXml(byte[] bytes) {
    int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF ? 3 : 0; // a UTF-8 byte order mark
    while (i < bytes.length && Character.isWhitespace(bytes[i])) {
      i++;
    }
    return i < bytes.length && bytes[i] == '<';
  }

  static ImageFile probe(Path file, byte[] bytes, String hash) {
    SvgDrawing drawing = new SvgDrawing();
    try {
      parser().parse(new ByteArrayInputStream(bytes), drawing);
    } catch (Exception e) {
      // not well-formed XML, or a DTD (refused before the parser reads the rest): not an SVG that we publish
      return isDrawingWithDoctype(bytes) ? ImageFile.refused(file, hash, ImageFormat.SVG,
          "it has a document type declaration (<!DOCTYPE …>), which may define entities")
          : ImageFile.refused(file, hash, null, null);
    }
    if (drawing.root() == null || !"svg".equals(drawing.root().localName())) {
      return ImageFile.refused(file, hash, null, null);
    }
    if (drawing.flaw() != null) {
      return ImageFile.refused(file, hash, ImageFormat.SVG, drawing.flaw());
    }
    int[] size = size(drawing.root().attributes());
    return new ImageFile(file, hash, ImageFormat.SVG, size[0], size[1], 1, null);
  }

  private static SAXParser parser() throws Exception {
    SAXParserFactory factory = SAXParserFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setXIncludeAware(false);
    return factory.newSAXParser();
  }

  private static boolean isDrawingWithDoctype(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    return text.toUpperCase(Locale.ROOT).contains("<!DOCTYPE") && text.contains("<svg");
  }

  /** Width and height in pixels, from the attributes when plain numbers, else from the viewBox; else 0 × 0. */
  private static int[] size(Attributes root) {
    Integer width = pixels(value(root, "width"));
    Integer height = pixels(value(root, "height"));
    if (width != null && height != null) {
      return new int[] {width, height};
    }
    String[] box = SEPARATORS.split(value(root, "viewBox").strip());
    if (box.length == 4) {
      try {
        int boxWidth = (int) Math.round(Double.parseDouble(box[2]));
        int boxHeight = (int) Math.round(Double.parseDouble(box[3]));
        if (boxWidth > 0 && boxHeight > 0) {
          return new int[] {boxWidth, boxHeight};
        }
      } catch (NumberFormatException e) {
        // an unreadable viewBox: the size stays unknown, which only costs a layout shift
      }
    }
    return new int[] {0, 0};
  }

  private static String value(Attributes attributes, String name) {
    String value = attributes.getValue("", name);
    return value == null ? "" : value;
  }

  private static Integer pixels(String length) {
    Matcher matcher = LENGTH.matcher(length);
    if (!matcher.matches()) {
      return null;
    }
    long value = Math.round(Double.parseDouble(matcher.group(1)));
    return value > 0 && value < 100_000 ? (int) value : null;
  }
}
