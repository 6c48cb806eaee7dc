package podium.importer;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import podium.diagnostic.Position;
import podium.diagnostic.Problems;

/**
 * An XML file read into elements that know their line and column. No DTD is read: a {@code <!DOCTYPE>} is
 * refused before anything is expanded (no external entities, no "billion laughs"), as a schedule needs none;
 * nesting is limited. The JDK's own parser is used, named, whatever other StAX library is on the class path.
 */
final class XmlTree {
  static final int MAX_DEPTH = 32;

  private XmlTree() {}

  /** An element with its attributes, child elements and text (the text of its own, trimmed). */
  record Element(String name, Map<String, String> attributes, List<Element> children, String text, Position at) {
    Element child(String childName) {
      return children.stream().filter(c -> c.name.equals(childName)).findFirst().orElse(null);
    }

    List<Element> all(String childName) {
      return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** The text of the first child of that name; null without one, or when it is empty. */
    String text(String childName) {
      Element child = child(childName);
      return child == null || child.text.isEmpty() ? null : child.text;
    }

    String attribute(String attributeName) {
      String value = attributes.get(attributeName);
      return value == null || value.isBlank() ? null : value.strip();
    }
  }

  /** The root element, or null when the file is not well-formed XML (reported at the parser's position). */
  static Element parse(String text, String shown, Problems problems) {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    Deque<Builder> open = new ArrayDeque<>();
    try {
      XMLStreamReader xml = factory.createXMLStreamReader(new StringReader(text));
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamReader.DTD) {
          problems.error(shown, position(xml.getLocation()), "a <!DOCTYPE> declaration is not read",
              "a schedule needs none: remove it");
          return null;
        } else if (event == XMLStreamReader.START_ELEMENT) {
          if (open.size() >= MAX_DEPTH) {
            problems.error(shown, position(xml.getLocation()), "elements are nested more than " + MAX_DEPTH
                + " deep", "a schedule nests about six");
            return null;
          }
          Map<String, String> attributes = new LinkedHashMap<>();
          for (int i = 0; i < xml.getAttributeCount(); i++) {
            attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
          }
          open.push(new Builder(xml.getLocalName(), attributes, position(xml.getLocation())));
        } else if (event == XMLStreamReader.CHARACTERS || event == XMLStreamReader.CDATA
            || event == XMLStreamReader.SPACE) {
          if (!open.isEmpty()) {
            open.peek().text.append(xml.getText());
          }
        } else if (event == XMLStreamReader.ENTITY_REFERENCE) {
          problems.error(shown, position(xml.getLocation()), "entity '&" + xml.getLocalName() + ";' is not defined",
              "write the character itself");
          return null;
        } else if (event == XMLStreamReader.END_ELEMENT) {
          Builder done = open.pop();
          Element element = new Element(done.name, done.attributes, List.copyOf(done.children),
              done.text.toString().strip(), done.at);
          if (open.isEmpty()) {
            return element;
          }
          open.peek().children.add(element);
        }
      }
    } catch (XMLStreamException e) {
      String message = e.getMessage() == null ? "" : e.getMessage().replaceFirst("(?s)^ParseError at \\[.*?\\]\\s*Message: ", "");
      problems.error(shown, e.getLocation() == null ? Position.START : position(e.getLocation()),
          "not well-formed XML: " + message.strip(), null);
    }
    return null;
  }

  private static Position position(Location location) {
    return new Position(location.getLineNumber(), location.getColumnNumber());
  }

  private static final class Builder {
    final String name;
    final Map<String, String> attributes;
    final Position at;
    final List<Element> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();

    Builder(String name, Map<String, String> attributes, Position at) {
      this.name = name;
      this.attributes = attributes;
      this.at = at;
    }
  }
}
