package podium.assemble;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import podium.model.Edition;
import podium.model.Messages;
import podium.model.Site;
import podium.rules.MediaTypes;

/**
 * The files hosts read: {@code _headers} and {@code _redirects} (Netlify, Cloudflare Pages and similar hosts),
 * {@code nginx.conf} and {@code .htaccess}, all from {@link HostingRules}. Redirects lead a URL whose section
 * word is in another language ({@code /de/programme/}) to the right one ({@code /de/programm/}). 404 pages
 * are not redirected: hosts find {@code 404.html} themselves (Cloudflare Pages the nearest one above the path,
 * so a language's own), and Cloudflare would apply such a rule even to existing files.
 *
 * <p>{@code _headers} joins the values of every rule whose path matches, so each path gets its
 * {@code Cache-Control} from one rule only: fingerprinted files under {@code assets/} get the long cache, and
 * everything else the hosts' default ({@code max-age=0, must-revalidate}: asked again on every visit). A
 * splat cannot tell a fingerprinted name, so an edition whose {@code assets/} also holds an editor's own file
 * lists its fingerprinted files one by one.
 */
public final class HostingFiles {
  private static final Pattern FINGERPRINTED = Pattern.compile("(?:.*/)?" + HostingRules.FINGERPRINTED);

  private HostingFiles() {}

  private static void sectionRedirects(Site site, Edition edition, String base, StringBuilder redirects,
      Set<String> seen) {
    for (String key : Messages.URL_WORDS) {
      for (String language : edition.languages()) {
        String word = site.messages().of(language).get(key);
        for (String other : site.messages().byLanguage().keySet().stream().sorted().toList()) {
          String otherWord = site.messages().of(other).get(key);
          if (otherWord != null && !otherWord.equals(word) && seen.add(base + language + "/" + otherWord)) {
            redirects.append(base).append(language).append('/').append(otherWord).append("/*  ").append(base)
                .append(language).append('/').append(word).append("/:splat  301\n");
          }
        }
      }
    }
  }

  /** A text file hosts read, written as it is. */
  public record HostingFile(String path, String content) {}

  /** The hosting files for the whole site. */
  public static List<HostingFile> of(SiteModel model) {
    Site site = model.site();
    // every file the long cache may cover: copies, scaled photos and the generated brand stylesheets
    List<String> published = new java.util.ArrayList<>(model.copiedPaths());
    BrandFiles.stylesheets(model).forEach(sheet -> published.add(sheet.path()));
    StringBuilder headers = new StringBuilder(
        "# Read by Netlify, Cloudflare Pages and compatible hosts; nginx.conf and .htaccess say the same.\n");
    headers.append(BasePaths.ofSite(site.config())).append("*\n");
    HostingRules.securityHeaders(site).forEach((name, value) ->
        headers.append("  ").append(name).append(": ").append(value).append('\n'));
    headers.append("\n# Fingerprinted files never change under the same name. Other files: the host's default.\n");
    longCache(headers, BasePaths.ofSite(site.config()), "assets/", published);
    calendarType(headers, BasePaths.ofSite(site.config()), "assets/", published);
    StringBuilder redirects = new StringBuilder("# Read by Netlify, Cloudflare Pages and compatible hosts.\n");
    Set<String> seen = new HashSet<>();
    for (Edition edition : site.editions()) {
      String base = BasePaths.ofEdition(edition, site.config());
      longCache(headers, base, edition.id() + "/assets/", published);
      calendarType(headers, base, edition.id() + "/assets/", published);
      // some hosts serve .ics as a download of unknown type; exact paths, as not every host reads "*.ics"
      Routes routes = new Routes(edition, site.messages());
      for (String language : edition.languages()) {
        for (String calendar : routes.calendars(language)) {
          headers.append(base).append(calendar.substring(edition.id().length() + 1))
              .append("\n  Content-Type: ").append(MediaTypes.of(calendar)).append('\n');
        }
      }
      sectionRedirects(site, edition, base, redirects, seen);
    }
    return List.of(new HostingFile("_headers", headers.toString()),
        new HostingFile("_redirects", redirects.toString()),
        new HostingFile("nginx.conf", NginxConfig.of(site)),
        new HostingFile(".htaccess", ApacheConfig.of(site)));
  }

  /** An editor's own calendar files in an {@code assets/} folder, typed like the programme's. */
  private static void calendarType(StringBuilder headers, String base, String folder, List<String> published) {
    published.stream().filter(path -> path.startsWith(folder) && path.endsWith(".ics")).forEach(path -> headers
        .append(base).append(path, folder.length() - "assets/".length(), path.length())
        .append("\n  Content-Type: ").append(MediaTypes.of(path)).append('\n'));
  }

  /** One rule for a whole {@code assets/} folder when every file in it is fingerprinted, else one per file. */
  private static void longCache(StringBuilder headers, String base, String folder, List<String> published) {
    List<String> files = published.stream().filter(path -> path.startsWith(folder)).toList();
    List<String> fingerprinted = files.stream().filter(path -> FINGERPRINTED.matcher(path).matches()).toList();
    List<String> rules = fingerprinted.size() == files.size() ? List.of(base + "assets/*")
        : fingerprinted.stream().map(path -> base + path.substring(folder.length() - "assets/".length())).toList();
    for (String rule : rules) {
      headers.append(rule).append("\n  Cache-Control: ").append(HostingRules.CACHE_FINGERPRINTED).append('\n');
    }
  }
}
