package podium.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import podium.assemble.Frame;
import podium.assemble.PageSpec;
import podium.assemble.SiteModel;

/**
 * One {@code sitemap.xml} per edition listing each translated page with its hreflang alternates (Google's
 * {@code xhtml:link} extension), and a {@code robots.txt} naming them. Fallback pages and pages kept out of
 * search engines are left out. Needs a base URL: sitemaps hold absolute URLs only.
 */
public final class Sitemaps implements Output {
  private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
  private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

  @Override
  public void render(SiteModel site, RenderRun run, Consumer<RenderedFile> sink) {
    render(site).forEach(sink);
  }

  static List<RenderedFile> render(SiteModel site) {
    Map<String, List<PageSpec>> byEdition = new TreeMap<>();
    for (PageSpec page : site.pages()) {
      Frame frame = page.frame();
      if (frame.edition() != null && frame.canonical() != null && !frame.noindex() && frame.translated()) {
        byEdition.computeIfAbsent(frame.edition().id(), id -> new ArrayList<>()).add(page);
      }
    }
    List<RenderedFile> files = new ArrayList<>();
    StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
    byEdition.forEach((edition, pages) -> {
      files.add(new RenderedFile(edition + "/sitemap.xml", sitemap(pages)));
      robots.append("Sitemap: ").append(sitemapUrl(pages.get(0))).append('\n');
    });
    if (!byEdition.isEmpty()) {
      files.add(new RenderedFile("robots.txt", robots.toString().getBytes(StandardCharsets.UTF_8)));
    }
    return files;
  }

  /** The edition's sitemap URL, derived from the absolute URL of any of its pages. */
  private static String sitemapUrl(PageSpec page) {
    String canonical = page.frame().canonical();
    String relative = page.directory().substring(page.frame().edition().id().length() + 1);
    return canonical.substring(0, canonical.length() - relative.length()) + "sitemap.xml";
  }

  private static byte[] sitemap(List<PageSpec> pages) {
    // characters, encoded once: an XML writer over a byte stream encodes every small piece on its own
    TextBuffer text = new TextBuffer(256 * 1024);
    try {
      // the JDK's writer, not whichever StAX library the class path lists first (FastExcel brings Aalto)
      XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.setDefaultNamespace(SITEMAP_NS);
      xml.setPrefix("xhtml", XHTML_NS);
      xml.writeStartElement(SITEMAP_NS, "urlset");
      xml.writeDefaultNamespace(SITEMAP_NS);
      xml.writeNamespace("xhtml", XHTML_NS);
      for (PageSpec page : pages) {
        Frame frame = page.frame();
        xml.writeCharacters("\n  ");
        xml.writeStartElement(SITEMAP_NS, "url");
        xml.writeStartElement(SITEMAP_NS, "loc");
        xml.writeCharacters(frame.canonical());
        xml.writeEndElement();
        for (Frame.Alternate alternate : frame.alternates()) {
          if (alternate.translated() && alternate.absoluteUrl() != null) {
            link(xml, alternate.language(), alternate.absoluteUrl());
          }
        }
        if (frame.xDefault() != null && !frame.alternates().isEmpty()) {
          link(xml, "x-default", frame.xDefault());
        }
        xml.writeEndElement();
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing XML to memory cannot fail", e);
    }
    return text.utf8();
  }

  private static void link(XMLStreamWriter xml, String language, String href) throws XMLStreamException {
    xml.writeEmptyElement(XHTML_NS, "link");
    xml.writeAttribute("rel", "alternate");
    xml.writeAttribute("hreflang", language);
    xml.writeAttribute("href", href);
  }
}
