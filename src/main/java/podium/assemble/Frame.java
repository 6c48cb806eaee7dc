package podium.assemble;

import java.util.List;
import java.util.Map;
import podium.model.SiteConfig;

/**
 * What every page shares: its language and title, the edition it belongs to (null on the editions index),
 * the same page in the other languages, the navigation, and the interface strings of its language.
 * URLs are folders relative to the output root, such as {@code ecc-2024/en/programme/}.
 */
public record Frame(
    String language,
    String title,
    String description,
    EditionView edition,
    List<Alternate> alternates,
    List<NavLink> navigation,
    String canonical,
    String assets,
    Map<String, String> t,
    SiteConfig config) {

  /** The same page in another language; {@code translated} is false when that page shows a fallback text. */
  public record Alternate(String language, String label, String url, boolean current, boolean translated,
      String absoluteUrl) {}

  /** A navigation entry; {@code current} marks the section the page belongs to. */
  public record NavLink(String label, String url, boolean current) {}
}
