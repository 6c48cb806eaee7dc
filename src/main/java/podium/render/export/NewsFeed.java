package podium.render.export;

import java.util.function.Consumer;
import podium.assemble.Contents;
import podium.assemble.PageSpec;
import podium.assemble.Routes;
import podium.assemble.SiteModel;
import podium.render.MarkdownConverter;
import podium.render.Output;
import podium.render.RelativeUrls;
import podium.render.RenderRun;
import podium.render.RenderedFile;

/**
 * The news of each edition and language as an Atom feed (RFC 4287) beside the news page, which every page of
 * that edition and language links from its head: one entry per item, newest first, as the news page lists
 * them (an item not translated yet is its fallback, marked with its language). An entry's content is the
 * item's HTML, escaped as Atom's {@code type="html"} wants, from the same Markdown converter as the pages (raw
 * HTML shown as text, links checked); its relative links resolve from the item's page ({@code xml:base}). Ids
 * are derived from the edition, language and the item's file name, dates are the items' own: two builds give
 * the same bytes, and a retitled item stays the same entry.
 */
public final class NewsFeed implements Output {
  @Override
  public void render(SiteModel site, RenderRun run, Consumer<RenderedFile> sink) {
    MarkdownConverter markdown = new MarkdownConverter();
    for (PageSpec page : site.pages()) {
      if (page.content() instanceof Contents.News news && page.frame().edition() != null) {
        Routes routes = site.routes().stream()
            .filter(edition -> edition.edition().id().equals(page.frame().edition().id())).findFirst().orElseThrow();
        byte[] feed = feed(page, news, routes, markdown, run);
        if (feed != null) {
          sink.accept(new RenderedFile(news.feed(), feed));
        }
      }
    }
  }

  private static byte[] feed(PageSpec page, Contents.News news, Routes routes, MarkdownConverter markdown,
      RenderRun run) {
    String edition = page.frame().edition().id();
    String language = page.frame().language();
    String folder = page.directory();
    // relative to the feed, which sits in the news page's folder, unless the edition has a base URL
    String pageUrl = page.frame().canonical() != null ? page.frame().canonical() : "./";
    String name = page.frame().edition().name().value();
    AtomFeed feed = new AtomFeed(language, edition + "/" + language + "/news", page.frame().title() + " – " + name,
        news.items().isEmpty() ? null : news.items().get(0).dateIso(), pageUrl, name);
    for (Contents.NewsSummary item : news.items()) {
      MarkdownConverter.Converted html = markdown.convert(item.body().markdown());
      if (html.problem() != null) {
        run.problems().add(html.problem());  // the item's page reports the same: listed once
        return null;
      }
      String absolute = routes.absolute(item.url());
      String link = absolute != null ? absolute : RelativeUrls.between(folder, item.url());
      feed.entry(edition + "/" + language + "/" + item.id(), item.title().value(), item.dateIso(), link,
          html.html(), "html", link, item.body().language());
    }
    return feed.finish();
  }
}
