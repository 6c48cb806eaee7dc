package podium.assemble;

import java.util.List;
import java.util.Map;
import podium.model.SiteConfig;

/**
 * What every page shares: its language and title, the edition it belongs to (null on the editions index),
 * the same page in the other languages, the navigation, and the interface strings of its language.
 * URLs are folders relative to the output root, such as {@code ecc-2024/en/programme/}; {@code canonical} and
 * {@code xDefault} are absolute (null without a base URL). A page showing a fallback text names the source
 * page as canonical, and {@code noindex} keeps editors' pages out of search engines. {@code draft} marks a
 * draft page or session, which only the preview shows. {@code jsonLd} is the page's schema.org data, written
 * when printed ({@link JsonLd}), {@code image} the absolute URL of its share image (null: none),
 * {@code lastModified} the date its sources were last committed ({@link LastModified}; null outside git).
 */
public record Frame(
    String language,
    String title,
    String description,
    EditionView edition,
    List<Alternate> alternates,
    List<NavLink> navigation,
    String canonical,
    String xDefault,
    boolean noindex,
    boolean draft,
    String assets,
    Map<String, String> t,
    SiteConfig config,
    JsonLd jsonLd,
    String image,
    String lastModified,
    BrandView brand) {

  /** The same page in another language; {@code translated} is false when that page shows a fallback text. */
  public record Alternate(String language, String label, String url, boolean current, boolean translated,
      String absoluteUrl) {}

  /** Whether this page is a translation in its own right (not a fallback); only those get hreflang. */
  public boolean translated() {
    return alternates.stream().noneMatch(alternate -> alternate.current() && !alternate.translated());
  }

  /** A navigation entry; {@code current} marks the section the page belongs to. */
  public record NavLink(String label, String url, boolean current) {}
}

