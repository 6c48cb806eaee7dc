package podium.validate;

import java.net.URI;
import java.net.URISyntaxException;
import podium.diagnostic.Problems;
import podium.load.Parsed;
import podium.rules.LinkTargets;

/**
 * Base URLs are used only for absolute URLs (canonical links, hreflang, sitemaps); an edition without its own
 * takes the site's base URL followed by its id. Normalized to end with a slash.
 */
final class BaseUrls {
  private BaseUrls() {}

  static String ofEdition(Parsed<?> editionFile, String own, String site, String editionId, Problems problems) {
    if (own != null) {
      return check(editionFile, "/base_url", own, problems);
    }
    return site == null ? null : site + editionId + "/";
  }

  static String check(Parsed<?> file, String pointer, String url, Problems problems) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(url.strip());
      if (LinkTargets.isWebAddress(url) && uri.getQuery() == null && uri.getFragment() == null) {
        String text = uri.toString();
        return text.endsWith("/") ? text : text + "/";
      }
    } catch (URISyntaxException e) {
      // reported below with the same message as any other unusable URL
    }
    problems.error(file.path(), file.at(pointer), "invalid base_url '" + url + "'",
        "give an absolute http(s) URL such as https://example.org/2024/");
    return null;
  }
}
