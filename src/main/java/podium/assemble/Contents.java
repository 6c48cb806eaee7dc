package podium.assemble;

import java.util.List;

/** The content records of each kind of page; a template reads its page's record as {@code content}. */
public final class Contents {
  private Contents() {}

  /**
   * A day of the programme: its sessions grouped by start time; {@code calendar} is its iCalendar file;
   * {@code grid} lays it out as rooms × time for wide screens (null when a list shows it better).
   */
  public record DaySchedule(String date, String label, Text title, String url, List<Slot> slots,
      int sessionCount, String calendar, Grid grid) {}

  /**
   * A day as a grid: a column per room in use, a row between each two successive start or end times (row 1
   * holds the room names). Sessions that run alone (breaks, plenaries) span every column. Stylesheets place
   * cards by class names, so a strict style-src policy needs no inline styles. Each row is at least as tall as
   * its {@link Interval} lasts: the time axis is in proportion.
   */
  public record Grid(List<Text> rooms, List<Interval> intervals, java.util.Map<String, Place> places) {}

  /**
   * One row of a grid, between two successive times: its grid line ({@code row}), how many {@link
   * Programme#GRID_UNIT_MINUTES} it lasts ({@code units}, at most {@link Programme#MAX_GRID_UNITS}, which the
   * stylesheet turns into a minimum height) and its times, from which the "now" line is placed.
   */
  public record Interval(int row, int units, String startIso, String endIso) {}

  /** Where a session sits in its day's grid: its column (1-based, 0 when it spans all) and rows. */
  public record Place(int column, int rowStart, int rowEnd) {
    public boolean spans() {
      return column == 0;
    }
  }

  /** The choices the programme filters offer: what the edition's sessions use, in the edition's order. */
  public record Facets(List<Option> tracks, List<Option> rooms, List<Option> types,
      List<SessionCard.LanguageRef> languages) {}

  /** One choice of a filter. */
  public record Option(String id, Text name) {}

  /**
   * The offline service worker of one language: {@code version} changes with the language's content, which
   * gives it a fresh cache; {@code core} is cached at install, {@code pages} once a page has loaded.
   */
  public record Offline(String version, List<String> core, List<String> pages) {}

  /** The sessions starting at the same time. */
  public record Slot(String start, String startIso, List<SessionCard> sessions) {}

  /** A labelled link. */
  public record LinkView(Text title, String url) {}

  /**
   * The edition's home page: its own text, an overview of the programme, what it puts forward, and the latest
   * news items (empty without news).
   */
  public record Home(Body body, List<DaySchedule> days, int sessionCount, int speakerCount, Showcase showcase,
      List<NewsSummary> news) {}

  /**
   * A news item as lists show it: its title (a fallback marked with its language), page, date in words and for
   * machines, short text (its description or first paragraph, may be empty) and body, which the feed carries.
   */
  public record NewsSummary(String id, Text title, String url, String date, String dateIso, Text summary,
      Body body) {}

  /** The news page: every news item, newest first, and the Atom feed's URL. */
  public record News(List<NewsSummary> items, String feed) {}

  /** A news item's own page, with the news page and the feed. */
  public record NewsItem(NewsSummary item, String news, String feed) {}

  /**
   * What the home page puts forward, all from the data: calls to action (registration, the live stream, the
   * programme), key figures, featured sessions and speakers, spotlights, the partners by tier, the venue (null
   * for an online edition). Lists are empty when the edition gives nothing for them.
   */
  public record Showcase(List<Action> actions, List<Figure> figures, List<SessionCard> sessions,
      List<SessionCard.SpeakerRef> speakers, List<Spotlight> spotlights, List<PartnerTier> partners,
      VenueInfo venue, String partnersPage) {}

  /**
   * A call to action: {@code kind} is {@code register}, {@code stream} or {@code programme} (the first is the
   * main one); {@code url} is absolute for the first two, a page of the site for the programme.
   */
  public record Action(String kind, String label, String url) {}

  /** A key figure: its value as written ("900+") and what it counts. */
  public record Figure(String value, Text label) {}

  /** A highlighted block of the home page; {@code url} may be null. */
  public record Spotlight(Text title, Text text, String url) {}

  /** The partners of one tier, in the order of partners.yaml. */
  public record PartnerTier(String id, Text name, List<PartnerView> partners) {}

  /** A partner; {@code logo} is null without one, {@code url} null without a website. */
  public record PartnerView(String id, String name, String url, SessionCard.Picture logo, Text description) {}

  /**
   * Where the edition takes place: name, address, how to get there and in, the rooms with their floors, and a
   * link to OpenStreetMap at the coordinates (null without them).
   */
  public record VenueInfo(Text name, Text address, Text access, String map, List<RoomView> rooms) {}

  /** A room and its floor (empty when not given). */
  public record RoomView(Text name, Text floor) {}

  /** The partners page: every tier with its partners. */
  public record Partners(List<PartnerTier> tiers) {}

  /** The whole programme, day after day. */
  public record Programme(List<DaySchedule> days, Facets facets, Version version) {}

  /** The version of the programme shown, in words, and the change log's URL; null before the first release. */
  public record Version(String label, String changes) {}

  /** The change log: the versions of the programme, newest first, and its Atom feed's URL. */
  public record ChangeLog(List<Release> releases, String feed) {}

  /**
   * One version: its anchor on the page (the same for a release from one build to the next), its name (or that it
   * is not released yet), its date in words and for machines (both null when unreleased), whether it is the first
   * release, and what it changed.
   */
  public record Release(String anchor, String name, String date, String dateIso, boolean first,
      List<Change> changes) {}

  /** What one version changed for one session: its title, its page (null once removed), the changes in words. */
  public record Change(Text title, String url, boolean cancelled, List<String> details) {}

  /**
   * One day's programme, with links to every day. The links hold no schedules: a day page that held every
   * day's schedule would make comparing day pages (the preview's memo) cost days × sessions.
   */
  public record Day(DaySchedule day, List<DayLink> days, Facets facets) {}

  /** A day in the day switcher. */
  public record DayLink(String date, String label, String url) {}

  /**
   * A session's own page. The sessions before and after it in its room may be on another day: then
   * {@code previousDay} or {@code nextDay} names that day (null on the same day).
   */
  public record Session(SessionCard session, String date, String dayUrl, Text floor, String stream, Body description,
      List<LinkView> links, SessionCard previousInRoom, String previousDay, SessionCard nextInRoom, String nextDay,
      String calendar) {}

  /**
   * The list of speakers, and for the wall's filter the days and tracks of their sessions ({@code days}: date
   * and label, ids of {@code tracks} as the programme's facets) with, per speaker id, the days and tracks they
   * speak on.
   */
  public record Speakers(List<SessionCard.SpeakerRef> speakers, List<DayLink> days, List<Option> tracks,
      java.util.Map<String, SpeakerFacets> facets) {}

  /** The days ({@code yyyy-MM-dd}) and track ids of one speaker's sessions, space-separated as data attributes. */
  public record SpeakerFacets(String days, String tracks) {}

  /** A speaker's page with the sessions they take part in. */
  public record Speaker(SessionCard.SpeakerRef speaker, Text bio, List<SessionCard> sessions, String calendar) {}

  /** A Markdown page. */
  public record Page(Text title, Body body) {}

  /** The edition's root, where readers pick a language. */
  public record LanguagePicker(List<EditionView.LanguageLink> languages) {}

  /** The editors' translation status of an edition: one row per page or session, one column per language. */
  public record TranslationStatus(List<String> languages, List<TranslationLine> rows,
      List<podium.model.TranslationTally> tallies) {}

  /** One item's state per language. */
  public record TranslationLine(String item, String kind, String source, String sourceHash,
      java.util.Map<String, String> states) {}

  /** A 404 page: where readers can go from here. */
  public record NotFound(List<EditionView> editions, List<Notice> inOtherLanguages) {}

  /**
   * An edition's 404 page says it in each of its languages (the host serves one page for all of them): the
   * notice in one language, with the way to that language's home.
   */
  public record Notice(String language, String title, String text, String homeLabel, String home) {}

  /** The site's root: every edition. */
  public record Editions(List<EditionView> editions) {}
}
