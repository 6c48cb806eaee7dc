package podium.render.export;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import podium.render.TextBuffer;

/**
 * A thin indenting layer over the JDK's {@link XMLStreamWriter}, which escapes every text and attribute.
 * Attributes are given as name/value pairs; a null value leaves the attribute out, and line breaks in a value
 * become spaces (as an XML parser would normalize them anyway).
 */
final class XmlOut {
  // the JDK's writer, named: newFactory() takes whichever StAX library the class path lists first (FastExcel
  // brings Aalto), and another writer writes other bytes
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

  // characters, encoded once at the end: writing to a stream encodes every small piece on its own
  private final TextBuffer out = new TextBuffer(256 * 1024);
  private final XMLStreamWriter xml;
  private int depth;

  XmlOut() throws XMLStreamException {
    synchronized (FACTORY) {
      xml = FACTORY.createXMLStreamWriter(out);
    }
    xml.writeStartDocument("UTF-8", "1.0");
  }

  /** Opens an element whose children follow. */
  void open(String name, String... attributes) throws XMLStreamException {
    indent();
    xml.writeStartElement(name);
    attributes(attributes);
    depth++;
  }

  void close() throws XMLStreamException {
    depth--;
    indent();
    xml.writeEndElement();
  }

  /** An element holding only text (empty when {@code text} is null). */
  void text(String name, String text, String... attributes) throws XMLStreamException {
    indent();
    xml.writeStartElement(name);
    attributes(attributes);
    xml.writeCharacters(text == null ? "" : text);
    xml.writeEndElement();
  }

  /** An element holding text, left out when the text is null. */
  void optional(String name, String text) throws XMLStreamException {
    if (text != null) {
      text(name, text);
    }
  }

  void empty(String name, String... attributes) throws XMLStreamException {
    indent();
    xml.writeEmptyElement(name);
    attributes(attributes);
  }

  byte[] finish() throws XMLStreamException {
    xml.writeCharacters("\n");
    xml.writeEndDocument();
    xml.close();
    return out.utf8();
  }

  private void attributes(String... attributes) throws XMLStreamException {
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        xml.writeAttribute(attributes[i], attributes[i + 1].replace('\n', ' ').replace('\t', ' '));
      }
    }
  }

  private void indent() throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }
}
