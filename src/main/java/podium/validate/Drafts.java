package podium.validate;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import podium.load.FrontMatter;
import podium.load.MarkdownSource;
import podium.model.LeftOut;
import podium.model.Markdown;
import podium.model.Session;
import podium.model.Speaker;

/**
 * The one rule of what a published build shows: drafts are checked like everything else, then left out
 * unless drafts are included (the preview, {@code --drafts}), together with what only drafts lead to. Every
 * stage after validation sees only what is public, so no output (pages, lists, sitemaps, open data,
 * calendars, search, offline worker, translation status) has to ask again.
 */
final class Drafts {
  /** The page statuses JBake knows, accepted in any capitalisation. */
  static final List<String> STATUSES = List.of("draft", "published");

  private final boolean included;

  Drafts(Rules rules) {
    this.included = rules.includeDrafts();
  }

  /** Whether something marked (or not) as a draft is in this build. */
  boolean shows(boolean draft) {
    return included || !draft;
  }

  <T> List<T> shown(List<T> items, Predicate<T> isDraft) {
    return items.stream().filter(item -> shows(isDraft.test(item))).toList();
  }

  /**
   * Whether a Markdown header marks its page a draft: {@code draft: true}, or JBake's {@code status=draft} in any
   * capitalisation. An unknown status is reported at its value and the page taken as a draft, so a misspelt
   * {@code status=drfat} never publishes what was meant to stay hidden (the build fails anyway).
   */
  static boolean isDraft(FrontMatter header, FileChecks checks) {
    boolean draft = Boolean.TRUE.equals(header.draft());
    if (header.status() == null) {
      return draft;
    }
    String status = header.status().strip().toLowerCase(Locale.ROOT);
    if (!STATUSES.contains(status)) {
      checks.error("/status", "unknown status '" + header.status() + "'",
          "the accepted statuses are " + String.join(" and ", STATUSES) + ", in any capitalisation");
      return true;
    }
    return draft || status.equals("draft");
  }

  /**
   * The speakers this build shows: everyone but those whose every session is a draft left out. A speaker
   * on no session at all is listed, as before: nothing hidden leads to them.
   */
  Map<String, Speaker> speakers(Map<String, Speaker> speakers, List<Session> checked) {
    if (included) {
      return speakers;
    }
    Map<String, Boolean> onPublicSession = new HashMap<>();
    for (Session session : checked) {
      for (Speaker speaker : session.speakers()) {
        onPublicSession.merge(speaker.id(), !session.draft(), Boolean::logicalOr);
      }
    }
    Map<String, Speaker> shown = new LinkedHashMap<>(speakers);
    shown.keySet().removeIf(id -> Boolean.FALSE.equals(onPublicSession.get(id)));
    return shown;
  }

  /** The pages as checked, without the descriptions of sessions this build leaves out, nor their translations. */
  PageValidator.Result describing(PageValidator.Result pages, List<Session> shown) {
    Set<String> ids = shown.stream().map(Session::id).collect(Collectors.toSet());
    Predicate<String> hidden = path -> path.startsWith(PageValidator.SESSIONS_FOLDER)
        && !ids.contains(path.substring(PageValidator.SESSIONS_FOLDER.length()));
    Map<String, Map<String, MarkdownSource>> translations = new TreeMap<>(pages.translations());
    translations.keySet().removeIf(hidden);
    Map<String, Map<String, Markdown>> descriptions = new HashMap<>(pages.descriptions());
    descriptions.keySet().removeIf(id -> !ids.contains(id));
    return new PageValidator.Result(pages.pages(), descriptions, translations, pages.drafts());
  }

  /** What this build leaves out, out of what was checked: only so that links to it can be reported. */
  static LeftOut leftOut(PageValidator.Result pages, List<Session> checked, List<Session> shown,
      Map<String, Speaker> checkedSpeakers, Map<String, Speaker> shownSpeakers) {
    Set<String> shownIds = shown.stream().map(Session::id).collect(Collectors.toSet());
    return new LeftOut(pages.drafts(), checked.stream().map(Session::id).filter(id -> !shownIds.contains(id))
        .toList(), checkedSpeakers.keySet().stream().filter(id -> !shownSpeakers.containsKey(id)).toList());
  }
}
