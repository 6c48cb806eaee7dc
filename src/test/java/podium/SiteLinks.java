package podium;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An offline link check over a built site: every relative link and fragment must resolve to a file. Only
 * 404 pages may use root-absolute links (they are served at any depth); those resolve against the site root.
 */
final class SiteLinks {
  private SiteLinks() {}

  /** Broken links as {@code page -> href} lines; empty when the site is sound. */
  static List<String> broken(Path site) {
    List<String> broken = new ArrayList<>();
    for (Path page : htmlFiles(site)) {
      Document document = parse(page);
      for (Element element : document.select("a[href], link[href], script[src], img[src]")) {
        String href = element.hasAttr("href") ? element.attr("href") : element.attr("src");
        if (href.startsWith("http:") || href.startsWith("https:") || href.startsWith("mailto:")) {
          continue;
        }
        String problem = check(site, page, document, href);
        if (problem != null) {
          broken.add(site.relativize(page) + " -> " + href + " (" + problem + ")");
        }
      }
    }
    return broken;
  }

  /**
   * Inline scripts, style elements or attributes and event handlers, which a strict CSP would block. A JSON-LD
   * block ({@code type="application/ld+json"}) is a data block browsers never run, so CSP does not apply to it.
   */
  static List<String> inlineCode(Path site) {
    List<String> found = new ArrayList<>();
    for (Path page : htmlFiles(site)) {
      Document document = parse(page);
      for (Element element : document.getAllElements()) {
        boolean inlineScript = element.tagName().equals("script") && !element.hasAttr("src")
            && !element.attr("type").equals("application/ld+json");
        boolean handler = element.attributes().asList().stream().anyMatch(a -> a.getKey().startsWith("on"));
        if (inlineScript || element.tagName().equals("style") || element.hasAttr("style") || handler) {
          found.add(site.relativize(page) + ": " + element.cssSelector());
        }
      }
    }
    return found;
  }

  private static String check(Path site, Path page, Document document, String href) {
    boolean servedAtAnyDepth = page.getFileName().toString().equals("404.html");
    if (href.startsWith("/") && !servedAtAnyDepth) {
      return "root-absolute link";
    }
    URI uri = URI.create(href);
    String path = uri.getPath();
    Path target = path == null || path.isEmpty() ? page
        : href.startsWith("/") ? site.resolve(path.substring(1)).normalize()
        : page.getParent().resolve(path).normalize();
    if (!target.startsWith(site)) {
      return "leaves the site";
    }
    if (Files.isDirectory(target)) {
      target = target.resolve("index.html");
    }
    if (!Files.isRegularFile(target)) {
      return "no such file";
    }
    String fragment = uri.getFragment();
    if (fragment != null && !fragment.isEmpty()) {
      Document inTarget = target.equals(page) ? document : parse(target);
      if (inTarget.getElementById(fragment) == null) {
        return "no element with id " + fragment;
      }
    }
    return null;
  }

  static List<Path> htmlFiles(Path site) {
    try (Stream<Path> files = Files.walk(site)) {
      return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Document parse(Path page) {
    try {
      return Jsoup.parse(page.toFile(), "UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
