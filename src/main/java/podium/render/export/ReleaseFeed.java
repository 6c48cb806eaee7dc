package podium.render.export;

import java.util.List;
import java.util.function.Consumer;
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
 * edition, language and release number, and every date is a release's, so two builds give the same bytes
 * ({@link AtomFeed}, which the news feed shares).
 */
public final class ReleaseFeed implements Output {
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
    AtomFeed feed = new AtomFeed(language, edition + "/" + language + "/changes",
        page.frame().title() + " – " + page.frame().edition().name().value(),
        released.isEmpty() ? null : released.get(0).dateIso(), pageUrl, page.frame().edition().name().value());
    for (Contents.Release release : released) {
      feed.entry(edition + "/" + language + "/" + release.anchor(), release.name() + " – " + release.date(),
          release.dateIso(), pageUrl + "#" + release.anchor(), text(release, page, separator), "text", null, null);
    }
    return feed.finish();
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
}
