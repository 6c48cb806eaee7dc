package podium.model;

import java.util.Map;

/**
 * A Markdown page of an edition, identified across languages by its file name ({@code id}), so each
 * language may give it its own slug. {@code versions} is keyed by language.
 */
public record Page(String id, Map<String, PageVersion> versions) {
  public static final String HOME = "index";
  /** The folder of news items: {@code content/<edition>/<lang>/news/*.md}, each with a date. */
  public static final String NEWS_FOLDER = "news/";

  /**
   * The version a reader of {@code order} (see {@link Edition#fallbackFor}) sees: the first of that order with
   * one, else the page's first language, so a page written only in a language outside the order still shows.
   */
  public PageVersion shown(java.util.List<String> order) {
    PageVersion version = Fallback.pick(versions, order);
    return version != null ? version : versions.values().stream()
        .min(java.util.Comparator.comparing(PageVersion::language)).orElseThrow();
  }

  /** Whether this page is a news item, listed by date on the news page and in the feed, not in the menu. */
  public boolean isNews() {
    return id.startsWith(NEWS_FOLDER);
  }
}
