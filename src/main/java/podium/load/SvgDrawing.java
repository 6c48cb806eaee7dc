package podium.load;

import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an SVG photo as a stream of elements: keeps the root element's name and attributes (for the size) and
 * the first thing {@link SvgAllowList} refuses, named with its line.
 */
final class SvgDrawing extends DefaultHandler {
  record Root(String localName, Attributes attributes) {}

  private Locator locator;
  private Root root;
  private String flaw;
  private StringBuilder style;
  private int styleLine;

  Root root() {
    return root;
  }

  /** Why the drawing is refused, or null. */
  String flaw() {
    return flaw;
  }

  @Override
  public void setDocumentLocator(Locator locator) {
    this.locator = locator;
  }

  @Override
  public void startElement(String namespace, String localName, String qName, Attributes attributes) {
    if (root == null) {
      root = new Root(localName, new AttributesImpl(attributes));
    }
    if (!SvgAllowList.isAllowedElement(namespace, localName)) {
      refuse("its <" + qName + "> element" + at() + " is not allowed");
    }
    for (int i = 0; i < attributes.getLength(); i++) {
      String name = attributes.getLocalName(i);
      String value = attributes.getValue(i);
      String where = "its '" + attributes.getQName(i) + "' attribute on <" + qName + ">" + at();
      if (!SvgAllowList.isAllowedAttribute(namespace, attributes.getURI(i), name)) {
        refuse(where + " is not allowed");
      } else if (SvgAllowList.isLink(attributes.getURI(i), name) && !SvgAllowList.isLocal(value)) {
        refuse(where + " links outside the drawing");
      } else if (!SvgAllowList.refersOnlyWithin(value)) {
        refuse(where + " refers outside the drawing");
      }
    }
    if ("style".equals(localName)) {
      style = new StringBuilder();
      styleLine = locator == null ? 0 : locator.getLineNumber();
    }
  }

  @Override
  public void characters(char[] text, int start, int length) {
    if (style != null) {
      style.append(text, start, length);
    }
  }

  @Override
  public void endElement(String namespace, String localName, String qName) {
    if (style != null && !SvgAllowList.refersOnlyWithin(style.toString())) {
      refuse("its <" + qName + "> element" + (styleLine > 0 ? " at line " + styleLine : "")
          + " refers outside the drawing");
    }
    style = null;
  }

  private String at() {
    return locator == null ? "" : " at line " + locator.getLineNumber();
  }

  private void refuse(String why) {
    if (flaw == null) {
      flaw = why;
    }
  }
}
