package podium.assemble;

import java.net.URI;
import podium.model.Edition;
import podium.model.SiteConfig;

/**
 * The URL paths where the site and each edition are served, for the few files that need root-absolute
 * paths (404 pages, {@code _headers}, {@code _redirects}). Taken from the base URLs; without them the output
 * folder is assumed to be the web root.
 */
final class BasePaths {
  private BasePaths() {}

  static String ofSite(SiteConfig config) {
    return config.baseUrl() == null ? "/" : URI.create(config.baseUrl()).getPath();
  }

  static String ofEdition(Edition edition, SiteConfig config) {
    return edition.baseUrl() == null ? ofSite(config) + edition.id() + "/" : URI.create(edition.baseUrl()).getPath();
  }
}
