package podium.assemble;

import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import podium.diagnostic.Position;
import podium.diagnostic.Problems;
import podium.model.Edition;
import podium.model.LeftOut;
import podium.model.Markdown;

/**
 * A published page may not link to what the published build leaves out (a draft page or session, a speaker
 * on drafts only): on the site the link would be dead, and its URL would give the draft away. This is an
 * error, not a warning: the preview shows drafts, so the link works there and only the build can tell, and
 * a warning scrolled past would publish the dead link anyway. Relative links in the Markdown of pages, the
 * home page and session descriptions are followed, from every page that shows that text.
 */
final class DraftLinks {
  private static final Parser MARKDOWN = Parser.builder().build();
  private static final URI SITE = URI.create("http://site/");

  private DraftLinks() {}

  /** What a left-out address is, and what the editor can do about a link to it. */
  private record Target(String what, String hint) {}

  static void report(Edition edition, Routes routes, List<PageSpec> pages, Problems problems) {
    if (edition.leftOut().isEmpty()) {
      return;
    }
    Map<String, Target> leftOut = folders(edition, routes);
    // a draft translation's address may still be published, showing the text another language falls back to
    pages.forEach(page -> leftOut.remove(page.directory()));
    // the last word of each address: a text without any of them cannot link there, and is not parsed again
    Set<String> words = new HashSet<>();
    leftOut.keySet().forEach(folder -> words.add(folder.substring(folder.lastIndexOf('/', folder.length() - 2) + 1,
        folder.length() - 1)));
    for (PageSpec page : pages) {
      Body body = body(page.content());
      if (body != null && words.stream().anyMatch(body.markdown().text()::contains)) {
        check(page.directory(), body.markdown(), leftOut, problems);
      }
    }
  }

  private static Map<String, Target> folders(Edition edition, Routes routes) {
    LeftOut leftOut = edition.leftOut();
    Map<String, Target> folders = new LinkedHashMap<>();
    for (String language : edition.languages()) {
      leftOut.pages().values().forEach(page -> page.versions().values().forEach(version -> folders.put(
          routes.page(language, page, version), new Target("draft page '" + page.id() + "'", "the page"))));
      leftOut.sessions().forEach(id -> folders.put(routes.session(language, id),
          new Target("draft session '" + id + "'", "the session")));
      leftOut.speakers().forEach(id -> folders.put(routes.speaker(language, id),
          new Target("speaker '" + id + "', whose every session is a draft", "one of their sessions")));
    }
    return folders;
  }

  private static Body body(Object content) {
    if (content instanceof Contents.Page page) {
      return page.body();
    }
    if (content instanceof Contents.Home home) {
      return home.body();
    }
    if (content instanceof Contents.NewsItem item) {
      return item.item().body();
    }
    return content instanceof Contents.Session session ? session.description() : null;
  }

  private static void check(String directory, Markdown markdown, Map<String, Target> leftOut, Problems problems) {
    for (Node node : MARKDOWN.parse(markdown.text()).getDescendants()) {
      if (!(node instanceof LinkNodeBase link)) {
        continue;
      }
      String target = resolved(directory, link.getUrl().toString());
      if (target == null) {
        continue;
      }
      for (Map.Entry<String, Target> entry : leftOut.entrySet()) {
        if (target.startsWith(entry.getKey()) || (target + "/").equals(entry.getKey())) {
          problems.error(markdown.sourcePath(), position(markdown, link.getUrl().getStartOffset()),
              "link to " + entry.getValue().what() + ", which the published site leaves out",
              "publish " + entry.getValue().hint() + ", or remove the link");
        }
      }
    }
  }

  /** The output path a relative link leads to from a page in {@code directory}; null for any other link. */
  private static String resolved(String directory, String url) {
    if (url.isEmpty() || url.startsWith("/") || url.startsWith("#")) {
      return null;
    }
    try {
      URI uri = new URI(url);
      if (uri.getScheme() != null || uri.getRawAuthority() != null) {
        return null;
      }
      String path = SITE.resolve(directory).resolve(uri).getPath();
      return path == null || path.isEmpty() ? null : path.substring(1);
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null; // not a URL the site could serve; nothing of a draft's address either
    }
  }

  private static Position position(Markdown markdown, int offset) {
    String text = markdown.text();
    int line = markdown.bodyLine();
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Position(line, offset - lineStart + 1);
  }
}
