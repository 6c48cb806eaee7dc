package podium;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads Atom feeds (RFC 4287) with the JDK's XML parser and checks what the RFC requires of them: a feed has
 * one id, title and updated, a link and an author (or every entry one); an entry one id, title, updated, a
 * link and, as no entry of ours is a link only, content. No RELAX NG schema of Atom is published on Maven
 * Central, npm or Debian, so the RFC's rules are checked here.
 */
public final class AtomFeeds {
  public static final String ATOM = "http://www.w3.org/2005/Atom";

  private AtomFeeds() {}

  /** The feed's root element, after checking its required elements and its entries'. */
  public static Element parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Element feed = factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    assertThat(feed.getNamespaceURI() + " " + feed.getLocalName()).isEqualTo(ATOM + " feed");
    for (String required : List.of("id", "title", "updated")) {
      child(feed, required);
    }
    link(feed);
    assertThat(child((Element) feed.getElementsByTagNameNS(ATOM, "author").item(0), "name")).isNotBlank();
    for (Element entry : children(feed, "entry")) {
      for (String required : List.of("id", "title", "updated", "content")) {
        child(entry, required);
      }
      link(entry);
      assertThat(child(entry, "updated")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    }
    return feed;
  }

  /** The Atom children {@code name} of {@code parent}, in order. */
  public static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element element && ATOM.equals(element.getNamespaceURI())
          && element.getLocalName().equals(name)) {
        found.add(element);
      }
    }
    return found;
  }

  /** The text of the one child {@code name}, which must be there. */
  public static String child(Element parent, String name) {
    List<Element> found = children(parent, name);
    assertThat(found).as(name + " in " + parent.getLocalName()).hasSize(1);
    return found.get(0).getTextContent();
  }

  /** The first link's target, which must be the alternate (the page that shows the same). */
  public static String link(Element parent) {
    List<Element> links = children(parent, "link");
    assertThat(links).as("link in " + parent.getLocalName()).isNotEmpty();
    assertThat(links.get(0).getAttribute("rel")).isEqualTo("alternate");
    return links.get(0).getAttribute("href");
  }
}
