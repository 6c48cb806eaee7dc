package podium.assemble;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import podium.model.Edition;
import podium.model.Site;

/**
 * What every host must send with the site, whichever file tells it: {@code _headers} (Netlify, Cloudflare
 * Pages), {@code nginx.conf} and {@code .htaccess} (Apache) are all written from these rules, so the three
 * cannot drift apart.
 */
final class HostingRules {
  /** Everything the pages load comes from the site itself; no inline code is emitted anywhere. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; "
      + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
  /** Powerful browser features the site never uses, refused to it and to anything that might be injected. */
  static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
      + "magnetometer=(), microphone=(), payment=(), usb=()";
  /**
   * HTTPS only, for a year; no {@code includeSubDomains}, since the congress site may share its domain with
   * hosts that do not speak HTTPS.
   */
  static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

  /** A fingerprinted file never changes under its name: cached for a year without asking again. */
  static final String CACHE_FINGERPRINTED = "public, max-age=31536000, immutable";
  /** Everything else, pages above all, may change with any build: browsers ask again every time (304s). */
  static final String CACHE_OTHERS = "no-cache";
  /**
   * A published file named with a content hash, below a base path: {@code assets/css/site.3f9a1c2b07.css},
   * {@code assets/photos/ada.3f9a1c2b07.jpg} (see {@link Fingerprints} and {@link PhotoFiles}).
   */
  static final String FINGERPRINTED = "assets/.+\\.[0-9a-f]{10}\\.[a-z0-9]+";

  /** Configuration for hosts, published at the site's root but no part of it: answered with a 404. */
  static final List<String> HOST_FILES = List.of("_headers", "_redirects", ".htaccess", "nginx.conf");

  private HostingRules() {}

  /** The headers every response carries, error pages and redirects included, in a stable order. */
  static Map<String, String> securityHeaders(Site site) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
    headers.put("Permissions-Policy", PERMISSIONS_POLICY);
    String baseUrl = site.config().baseUrl();
    if (baseUrl != null && baseUrl.startsWith("https://")) {
      headers.put("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    }
    return headers;
  }

  /** The URL paths of the editions served below the site's root, each ending in a slash. */
  static List<String> editionPaths(Site site) {
    return editions(site).stream().map(EditionPaths::edition).toList();
  }

  /**
   * The URL path of an edition served below the site's root and those of its languages, each ending in a
   * slash: each has its own 404 page, the language's in that language.
   */
  record EditionPaths(String edition, List<String> languages) {}

  static List<EditionPaths> editions(Site site) {
    String root = BasePaths.ofSite(site.config());
    Map<String, EditionPaths> byPath = new LinkedHashMap<>();
    for (Edition edition : site.editions()) {
      String path = BasePaths.ofEdition(edition, site.config());
      if (path.startsWith(root) && path.length() > root.length()) {
        byPath.putIfAbsent(path, new EditionPaths(path,
            edition.languages().stream().map(language -> path + language + "/").toList()));
      }
    }
    return List.copyOf(byPath.values());
  }

  /** A URL path as a regular expression that matches it literally (nginx, Apache and Java agree on this). */
  static String literal(String path) {
    return path.replaceAll("[\\\\.+*?()\\[\\]{}|^$]", "\\\\$0");
  }
}
