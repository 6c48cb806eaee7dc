package podium.assemble;

import java.util.Comparator;
import java.util.List;
import podium.model.Edition;
import podium.model.Page;
import podium.model.PageVersion;
import podium.rules.PlainText;

/**
 * An edition's news in one language: every news item ({@code content/<edition>/<lang>/news/*.md}) as this
 * language shows it, newest first; an item not written in this language shows the version {@link Fallback}
 * picks, marked as a fallback like any page. Items of the same date are ordered by their file name, so the
 * order never depends on how the files were read.
 */
final class NewsPages {
  /** How many items the home page shows. */
  static final int ON_HOME = 3;

  private final Edition edition;
  private final Localizer local;
  private final Routes routes;
  final List<Item> items;

  NewsPages(Edition edition, Localizer local, Routes routes) {
    this.edition = edition;
    this.local = local;
    this.routes = routes;
    this.items = edition.pages().values().stream().filter(Page::isNews)
        .map(page -> new Item(page, shown(page, local.language())))
        .sorted(Comparator.comparing((Item item) -> item.shown().date()).reversed()
            .thenComparing(item -> item.page().id()))
        .toList();
  }

  /** A news item and the version of it this language shows. */
  record Item(Page page, PageVersion shown) {}

  boolean isEmpty() {
    return items.isEmpty();
  }

  /** The news page's content. */
  Contents.News list() {
    return new Contents.News(items.stream().map(this::summary).toList(), routes.newsFeed(local.language()));
  }

  /** The latest items, for the home page. */
  List<Contents.NewsSummary> latest() {
    return items.stream().limit(ON_HOME).map(this::summary).toList();
  }

  Contents.NewsItem page(Item item) {
    return new Contents.NewsItem(summary(item), routes.news(local.language()), routes.newsFeed(local.language()));
  }

  /** Where the item is in {@code language}: its own version's slug, or the one it falls back to. */
  String url(Item item, String language) {
    return routes.page(language, item.page(), shown(item.page(), language));
  }

  /** The item's meta description: its own, else its first paragraph, else its title and date. */
  String description(Item item) {
    PageVersion shown = item.shown();
    return MetaDescription.of(shown.description(), PlainText.firstParagraph(shown.body().text()),
        MetaDescription.facts(shown.title(), local.date(shown.date())));
  }

  Contents.NewsSummary summary(Item item) {
    PageVersion shown = item.shown();
    String fallback = shown.language().equals(local.language()) ? null : shown.language();
    String summary = shown.description() != null ? shown.description()
        : PlainText.firstParagraph(shown.body().text());
    return new Contents.NewsSummary(item.page().id(), new Text(shown.title(), fallback),
        url(item, local.language()), local.date(shown.date()), shown.date().toString(),
        summary == null || summary.isBlank() ? Text.NONE : new Text(summary.strip(), fallback),
        new Body(shown.body(), fallback));
  }

  private PageVersion shown(Page page, String language) {
    return page.shown(edition.fallbackFor(language));
  }
}
