package podium.render.export;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;
import podium.assemble.Contents;
import podium.assemble.PageSpec;
import podium.assemble.SiteModel;
import podium.render.Output;
import podium.render.RenderRun;
import podium.render.RenderedFile;

/**
 * The change log of each edition and language as an Atom feed (RFC 4287) beside its page: one entry per
 * release, newest first, its text the page's own words for what changed, so that feed readers learn of a new
 * release. Edits not yet released are no entry: a feed tells what was published. Ids are UUIDs derived from the
 * edition, language and release number, and every date is a release's, so two builds give the same bytes.
 */
public final class ReleaseFeed implements Output {
  private static final String ATOM = "http://www.w3.org/2005/Atom";

  @Override
  public void render(SiteModel site, RenderRun run, Consumer<RenderedFile> sink) {
    for (PageSpec page : site.pages()) {
      if (page.content() instanceof Contents.ChangeLog log && page.frame().edition() != null) {
        sink.accept(new RenderedFile(log.feed(), feed(page, log)));
      }
    }
  }

  private static byte[] feed(PageSpec page, Contents.ChangeLog log) {
    String edition = page.frame().edition().id();
    String language = page.frame().language();
    List<Contents.Release> released = log.releases().stream().filter(release -> release.dateIso() != null).toList();
    String separator = page.frame().t().getOrDefault("label_separator", ": ");
    // relative to the feed, which sits in the change log's folder, unless the edition has a base URL
    String pageUrl = page.frame().canonical() != null ? page.frame().canonical() : "./";
    try {
      XmlOut xml = new XmlOut();
      xml.open("feed", "xmlns", ATOM, "xml:lang", language);
      xml.text("id", urn(edition + "/" + language + "/changes"));
      xml.text("title", page.frame().title() + " – " + page.frame().edition().name().value());
      xml.text("updated", instant(released.isEmpty() ? null : released.get(0).dateIso()));
      xml.empty("link", "rel", "alternate", "type", "text/html", "href", pageUrl);
      xml.open("author");
      xml.text("name", page.frame().edition().name().value());
      xml.close();
      for (Contents.Release release : released) {
        xml.open("entry");
        xml.text("id", urn(edition + "/" + language + "/" + release.anchor()));
        xml.text("title", release.name() + " – " + release.date());
        xml.text("updated", instant(release.dateIso()));
        xml.empty("link", "rel", "alternate", "type", "text/html", "href", pageUrl + "#" + release.anchor());
        xml.text("content", text(release, page, separator), "type", "text");
        xml.close();
      }
      xml.close();
      return xml.finish();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing XML to memory cannot fail", e);
    }
  }

  /** The release's changes, one line each, in the words of the change log page. */
  private static String text(Contents.Release release, PageSpec page, String separator) {
    if (release.first()) {
      return page.frame().t().getOrDefault("change_first", "");
    }
    if (release.changes().isEmpty()) {
      return page.frame().t().getOrDefault("change_none", "");
    }
    return String.join("\n", release.changes().stream()
        .map(change -> change.title().value() + separator + String.join("; ", change.details())).toList());
  }

  private static String instant(String date) {
    return date == null ? "1970-01-01T00:00:00Z"
        : LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant().toString();
  }

  private static String urn(String name) {
    return "urn:uuid:" + StableIds.v5(StableIds.NAMESPACE, name);
  }
}
