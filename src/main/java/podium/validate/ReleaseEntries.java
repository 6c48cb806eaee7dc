package podium.validate;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import podium.load.ReleaseDoc;
import podium.model.Edition;
import podium.model.Link;
import podium.model.Localized;
import podium.model.Session;
import podium.model.Speaker;
import podium.rules.ContentHash;

/**
 * What a release records of a session, the one rule shared by {@code podium release} (which writes it) and
 * the build (which compares the current programme with it): time, room, title, speakers, status, and a hash
 * of its texts so that a rewritten description is noticed without copying it into history.
 */
public final class ReleaseEntries {
  private ReleaseEntries() {}

  /** The release of {@code edition}'s public programme as it is now. */
  public static ReleaseDoc release(Edition edition, String name, LocalDate date) {
    return new ReleaseDoc(name, date.toString(), edition.sessions().stream().map(ReleaseEntries::of).toList(), null);
  }

  static ReleaseDoc.Entry of(Session session) {
    StringBuilder texts = new StringBuilder();
    appendSorted(texts, "title", session.title());
    appendSorted(texts, "abstract", session.summary());
    for (Link link : session.links()) {
      appendSorted(texts, "link " + link.url(), link.title());
    }
    new TreeMap<>(session.descriptions()).forEach((language, page) -> texts.append("description ")
        .append(language).append('\n').append(page.text()).append('\n'));
    return new ReleaseDoc.Entry(session.id(), session.start().toOffsetDateTime().toString(),
        session.end().toOffsetDateTime().toString(), session.room().id(), session.title(),
        session.speakers().stream().map(Speaker::id).toList(), session.status().word(),
        ContentHash.of(texts.toString()));
  }

  private static void appendSorted(StringBuilder texts, String what, Localized text) {
    Map<String, String> sorted = new TreeMap<>(text == null ? Map.of() : text.texts());
    sorted.forEach((language, value) -> texts.append(what).append(' ').append(language).append('\n')
        .append(value).append('\n'));
  }
}
