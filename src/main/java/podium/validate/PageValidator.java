package podium.validate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import podium.diagnostic.Position;
import podium.diagnostic.Problems;
import podium.load.FrontMatter;
import podium.load.MarkdownSource;
import podium.load.Parsed;
import podium.load.Suggestions;
import podium.model.Markdown;
import podium.model.Page;
import podium.model.PageVersion;
import podium.rules.MarkdownLinks;

/**
 * Checks an edition's Markdown files: pages under {@code content/<edition>/<language>/}, news items under its
 * {@code news/} folder (each needs a {@code date}), and session descriptions under its {@code sessions/}
 * folder, whose file name must be a session id.
 */
final class PageValidator {
  static final String SESSIONS_FOLDER = "sessions/";

  /**
   * An edition's pages by id, its session descriptions by session id, then language, and the versions of pages
   * this build leaves out as drafts.
   */
  record Result(Map<String, Page> pages, Map<String, Map<String, Markdown>> descriptions,
      Map<String, Map<String, MarkdownSource>> translations, Map<String, Page> drafts) {}

  private PageValidator() {}

  static Result check(EditionBasics edition, Set<String> sessionIds, List<MarkdownSource> sources,
      Drafts drafts, Problems problems) {
    Map<String, Map<String, PageVersion>> versions = new TreeMap<>();
    Map<String, Map<String, PageVersion>> leftOut = new TreeMap<>();
    Map<String, Map<String, Markdown>> descriptions = new HashMap<>();
    Map<String, Map<String, MarkdownSource>> translations = new TreeMap<>();
    for (MarkdownSource source : sources) {
      FileChecks checks = new FileChecks(
          new Parsed<>(source.path(), source.frontMatter(), source.frontMatterPositions()), problems);
      if (!edition.languages().contains(source.language())) {
        problems.error(source.path(), Position.START, "language folder '" + source.language()
            + "' is not a language of edition '" + edition.id() + "'",
            "the edition's languages are " + String.join(", ", edition.languages()));
        continue;
      }
      String unsafe = unsafeSegment(source.id());
      if (unsafe != null) {
        problems.error(source.path(), Position.START, "unsafe page file name '" + Ids.quoted(source.id()) + ".md'",
            Ids.rule(unsafe));
        continue;
      }
      checkLinks(source, problems);
      boolean draft = Drafts.isDraft(source.frontMatter(), checks);
      if (source.id().startsWith(SESSIONS_FOLDER)) {
        String sessionId = source.id().substring(SESSIONS_FOLDER.length());
        if (sessionIds == null) {
          continue;
        }
        if (!sessionIds.contains(sessionId)) {
          problems.error(source.path(), Position.START, "description of an unknown session '" + sessionId + "'",
              Suggestions.hint(sessionId, sessionIds.stream().sorted().toList()));
        } else if (drafts.shows(draft)) {
          // An invalid session's description waits for its session: its own problem is reported already.
          descriptions.computeIfAbsent(sessionId, id -> new TreeMap<>())
              .put(source.language(), new Markdown(source.path(), source.body(), source.bodyLine()));
          translations.computeIfAbsent(source.id(), id -> new TreeMap<>()).put(source.language(), source);
        }
        continue;
      }
      PageVersion version = version(source, checks, draft);
      if (version != null && drafts.shows(draft)) {
        versions.computeIfAbsent(source.id(), id -> new TreeMap<>()).put(source.language(), version);
        translations.computeIfAbsent(source.id(), id -> new TreeMap<>()).put(source.language(), source);
      } else if (version != null) {
        leftOut.computeIfAbsent(source.id(), id -> new TreeMap<>()).put(source.language(), version);
      }
    }
    return new Result(pages(versions), descriptions, translations, pages(leftOut));
  }

  private static Map<String, Page> pages(Map<String, Map<String, PageVersion>> versions) {
    Map<String, Page> pages = new TreeMap<>();
    versions.forEach((id, byLanguage) -> pages.put(id, new Page(id, Map.copyOf(byLanguage))));
    return pages;
  }

  private static PageVersion version(MarkdownSource source, FileChecks checks, boolean draft) {
    FrontMatter header = source.frontMatter();
    boolean home = source.id().equals(Page.HOME);
    if (!home && !checks.require("/title", header.title())) {
      return null;
    }
    String slug = header.slug();
    if (slug != null && home) {
      checks.error("/slug", "the home page cannot have a slug", "remove the slug key");
      return null;
    }
    if (slug != null && !Ids.isSafe(slug)) {
      checks.error("/slug", "unsafe slug '" + Ids.quoted(slug) + "'", Ids.rule(slug));
      return null;
    }
    boolean news = source.id().startsWith(Page.NEWS_FOLDER);
    LocalDate date = news ? checks.date("/date", header.date()) : null;
    if (news && date == null) {
      return null;
    }
    String lastSegment = source.id().substring(source.id().lastIndexOf('/') + 1);
    return new PageVersion(source.language(), header.title(), slug == null ? lastSegment : slug,
        slug == null ? null : checks.at("/slug"),
        header.weight() == null ? 0 : header.weight(), !home && !news && !Boolean.FALSE.equals(header.menu()),
        header.description(), new Markdown(source.path(), source.body(), source.bodyLine()), draft, date);
  }

  /** Refused link targets and control characters written as references, at their line and column in the file. */
  private static void checkLinks(MarkdownSource source, Problems problems) {
    for (MarkdownLinks.Finding finding : MarkdownLinks.check(source.body())) {
      problems.error(source.path(), positionIn(source.body(), finding.offset(), source.bodyLine()),
          finding.message(), finding.hint());
    }
  }

  /** The 1-based line and column (in code points) of {@code offset} in a body that starts at file line {@code firstLine}. */
  private static Position positionIn(String body, int offset, int firstLine) {
    int lineStart = body.lastIndexOf('\n', offset - 1) + 1;
    int line = firstLine + (int) body.substring(0, lineStart).chars().filter(c -> c == '\n').count();
    return new Position(line, body.codePointCount(lineStart, offset) + 1);
  }

  /** The first folder or file name of a page's id that is not a safe id, or null. */
  private static String unsafeSegment(String id) {
    for (String segment : id.split("/", -1)) {
      if (!Ids.isSafe(segment)) {
        return segment;
      }
    }
    return null;
  }
}
