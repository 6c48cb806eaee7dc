package podium.load;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import podium.model.ImageFormat;

/**
 * Reads an SVG photo without trusting it: no DTD or external entity is ever loaded, and a drawing that could
 * run script is refused. An {@code <img>} never runs an SVG's scripts, but the file is also published at its
 * own URL on the site's origin, where opening it would.
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
    Element root;
    try {
      root = parser().parse(new ByteArrayInputStream(bytes)).getDocumentElement();
    } catch (Exception e) {
      // not well-formed XML, or a DTD: either way not an SVG that we publish
      return ImageFile.refused(file, hash, null, null);
    }
    if (!"svg".equals(root.getLocalName())) {
      return ImageFile.refused(file, hash, null, null);
    }
    if (scripted(root)) {
      return ImageFile.refused(file, hash, ImageFormat.SVG, "it contains scripts");
    }
    int[] size = size(root);
    return new ImageFile(file, hash, ImageFormat.SVG, size[0], size[1], 1, null);
  }

  private static DocumentBuilder parser() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(null); // errors become exceptions, not lines on the console
    return builder;
  }

  /** Script elements, embedded HTML, event handler attributes or javascript: links anywhere in the drawing. */
  private static boolean scripted(Element root) {
    NodeList all = root.getElementsByTagNameNS("*", "*");
    for (int i = -1; i < all.getLength(); i++) {
      Element element = i < 0 ? root : (Element) all.item(i);
      String name = element.getLocalName().toLowerCase(Locale.ROOT);
      if (name.equals("script") || name.equals("foreignobject")) {
        return true;
      }
      NamedNodeMap attributes = element.getAttributes();
      for (int a = 0; a < attributes.getLength(); a++) {
        Attr attribute = (Attr) attributes.item(a);
        String attributeName = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
        String value = attribute.getValue().replaceAll("\\s", "").toLowerCase(Locale.ROOT);
        if (attributeName.toLowerCase(Locale.ROOT).startsWith("on") || value.startsWith("javascript:")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Width and height in pixels, from the attributes when plain numbers, else from the viewBox; else 0 × 0. */
  private static int[] size(Element root) {
    Integer width = pixels(root.getAttribute("width"));
    Integer height = pixels(root.getAttribute("height"));
    if (width != null && height != null) {
      return new int[] {width, height};
    }
    String[] box = SEPARATORS.split(root.getAttribute("viewBox").strip());
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

  private static Integer pixels(String length) {
    Matcher matcher = LENGTH.matcher(length);
    if (!matcher.matches()) {
      return null;
    }
    long value = Math.round(Double.parseDouble(matcher.group(1)));
    return value > 0 && value < 100_000 ? (int) value : null;
  }
}
