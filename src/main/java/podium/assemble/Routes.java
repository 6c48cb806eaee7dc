package podium.assemble;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import podium.model.Edition;
import podium.model.Messages;
import podium.model.Page;
import podium.model.PageVersion;
import podium.model.Speaker;

/**
 * The URL of every page of an edition, per language. Section names are localized through the interface
 * strings ({@code slug_programme}: {@code programm} in German), page slugs come from each page's front matter.
 * All URLs are folders relative to the output root.
 */
public final class Routes {
  private final Edition edition;
  private final Messages messages;
  private final Map<String, Folders> folders = new java.util.concurrent.ConcurrentHashMap<>();

  public Routes(Edition edition, Messages messages) {
    this.edition = edition;
    this.messages = messages;
  }

  /** The edition whose pages these are. */
  public Edition edition() {
    return edition;
  }

  public String picker() {
    return edition.id() + "/";
  }

  public String home(String language) {
    return folders(language).home();
  }

  public String programme(String language) {
    return folders(language).programme();
  }

  public String day(String language, LocalDate date) {
    return programme(language) + date + "/";
  }

  public String session(String language, String id) {
    return folders(language).sessions() + id + "/";
  }

  /** The change log: every release of the programme and what it changed. */
  public String changes(String language) {
    return home(language) + section(language, "slug_changes");
  }

  /** The change log as an Atom feed, one entry per release, beside its page. */
  public String changesFeed(String language) {
    return changes(language) + "feed.atom";
  }

  public String speakers(String language) {
    return folders(language).speakers();
  }

  public String partners(String language) {
    return home(language) + section(language, "slug_partners");
  }

  public String speaker(String language, String id) {
    return speakers(language) + id + "/";
  }

  /** The news page: every news item, newest first. */
  public String news(String language) {
    return home(language) + section(language, "slug_news");
  }

  /** The news as an Atom feed, one entry per item, beside the news page. */
  public String newsFeed(String language) {
    return news(language) + "feed.atom";
  }

  /**
   * A Markdown page in {@code language}; a missing translation keeps the URL of the version it falls back to.
   * A news item lives under the news page, whatever folders it sits in below {@code news/}.
   */
  public String page(String language, Page page, PageVersion shown) {
    if (page.id().equals(Page.HOME)) {
      return home(language);
    }
    if (page.isNews()) {
      return news(language) + shown.slug() + "/";
    }
    int slash = page.id().lastIndexOf('/');
    String folders = slash < 0 ? "" : page.id().substring(0, slash + 1);
    return home(language) + folders + shown.slug() + "/";
  }

  public String assets() {
    return edition.id() + "/assets/";
  }

  /** The published photo of a speaker who has one, from the output root: the original, as open data gives it. */
  public String photo(Speaker speaker) {
    return assets() + PhotoFiles.published(speaker);
  }

  /** One of the published images of a photo, with its URL from the output root. */
  SessionCard.Picture picture(PhotoFiles.Image image) {
    return new SessionCard.Picture(assets() + image.path(), image.width(), image.height());
  }

  /** The whole programme as iCalendar. */
  public String calendar(String language) {
    return home(language) + "programme.ics";
  }

  /** One day as iCalendar, beside that day's page. */
  public String dayCalendar(String language, LocalDate date) {
    return day(language, date) + date + ".ics";
  }

  /** One session as iCalendar, the "add to calendar" link of its page. */
  public String sessionCalendar(String language, String id) {
    return session(language, id) + id + ".ics";
  }

  /** One speaker's sessions as iCalendar. */
  public String speakerCalendar(String language, String id) {
    return speaker(language, id) + id + ".ics";
  }

  /** Every iCalendar file of the edition in {@code language}: the programme, each day, session and speaker. */
  public List<String> calendars(String language) {
    List<String> paths = new ArrayList<>();
    paths.add(calendar(language));
    edition.days().forEach(day -> paths.add(dayCalendar(language, day.date())));
    edition.sessions().forEach(session -> paths.add(sessionCalendar(language, session.id())));
    edition.speakers().forEach(speaker -> paths.add(speakerCalendar(language, speaker.id())));
    return paths;
  }

  /** The frab/Fahrplan schedule XML that conference apps read. */
  public String scheduleXml(String language) {
    return home(language) + "schedule.xml";
  }

  /** The frab schedule as JSON. */
  public String scheduleJson(String language) {
    return home(language) + "schedule.json";
  }

  /** The frab schedule in c3voc's schedule2 format: every language's texts in one file, beside the chooser. */
  public String multilingualSchedule() {
    return picker() + "schedule2.json";
  }

  /** The edition's share image in this language (1200 × 630 PNG), which social networks show for its links. */
  public String shareImage(String language) {
    return home(language) + "share.png";
  }

  /** The published JSON Schema of programme.json, beside it. */
  public String programmeSchema(String language) {
    return home(language) + "programme.schema.json";
  }

  /** The edition as plain JSON, documented in the README. */
  public String programmeJson(String language) {
    return home(language) + "programme.json";
  }

  /** An absolute URL for a site-relative path, or null when the edition has no base URL. */
  public String absolute(String url) {
    String base = edition.baseUrl();
    if (base == null || base.isBlank()) {
      return null;
    }
    return (base.endsWith("/") ? base : base + "/") + url.substring(edition.id().length() + 1);
  }

  /**
   * A language's most used folders, made once: every page asks for them for each of its alternates (a fifth of
   * assembling the pages was these few concatenations and look-ups).
   */
  private record Folders(String home, String programme, String sessions, String speakers) {}

  private Folders folders(String language) {
    return folders.computeIfAbsent(language, code -> {
      String home = edition.id() + "/" + code + "/";
      return new Folders(home, home + section(code, "slug_programme"), home + section(code, "slug_sessions"),
          home + section(code, "slug_speakers"));
    });
  }

  private String section(String language, String key) {
    Map<String, String> strings = messages.of(language);
    return strings.getOrDefault(key, key.substring("slug_".length())) + "/";
  }
}
