package podium.render.export;

import java.time.LocalDate;
import java.time.ZoneOffset;
import javax.xml.stream.XMLStreamException;

/**
 * An Atom feed (RFC 4287) being written: the feed's head, then its entries, newest first. The feeds of an
 * edition (the change log's, the news) share it, so they agree on what a feed holds: a UUID id derived from a
 * stable name (never from the build), dates as the start of their day in UTC (the sources give days, and a
 * build must give the same bytes every time), the edition as author, a link to the page that shows the same.
 */
final class AtomFeed {
  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private final XmlOut xml;

  /**
   * The feed's head. {@code name} is its stable name (edition/language/what), {@code updated} its newest
   * entry's date ({@code yyyy-MM-dd}, null without entries), {@code page} the URL of the page it follows.
   */
  AtomFeed(String language, String name, String title, String updated, String page, String author) {
    try {
      xml = new XmlOut();
      xml.open("feed", "xmlns", ATOM, "xml:lang", language);
      xml.text("id", urn(name));
      xml.text("title", title);
      xml.text("updated", instant(updated));
      xml.empty("link", "rel", "alternate", "type", "text/html", "href", page);
      xml.open("author");
      xml.text("name", author);
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing XML to memory cannot fail", e);
    }
  }

  /**
   * One entry. {@code contentType} is {@code text} or {@code html} (HTML written as escaped text, which feed
   * readers show as HTML); {@code base} resolves the content's relative links (null: the feed's own URL);
   * {@code language} is set when the entry is in another language than the feed.
   */
  AtomFeed entry(String name, String title, String updated, String link, String content, String contentType,
      String base, String language) {
    try {
      xml.open("entry", "xml:lang", language);
      xml.text("id", urn(name));
      xml.text("title", title);
      xml.text("updated", instant(updated));
      xml.empty("link", "rel", "alternate", "type", "text/html", "href", link);
      xml.text("content", content, "type", contentType, "xml:base", base);
      xml.close();
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing XML to memory cannot fail", e);
    }
  }

  byte[] finish() {
    try {
      xml.close();
      return xml.finish();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing XML to memory cannot fail", e);
    }
  }

  private static String instant(String date) {
    return date == null ? "1970-01-01T00:00:00Z"
        : LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant().toString();
  }

  private static String urn(String name) {
    return "urn:uuid:" + StableIds.v5(StableIds.NAMESPACE, name);
  }
}
