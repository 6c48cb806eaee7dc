package podium.assemble;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import podium.assemble.Contents.DaySchedule;
import podium.model.Edition;
import podium.model.Fallback;
import podium.model.Markdown;
import podium.model.Page;
import podium.model.PageVersion;
import podium.model.Session;
import podium.model.SiteConfig;
import podium.model.Speaker;
import podium.rules.PlainText;

/** Every page of one edition in one language. */
final class LanguagePages {
  private final Edition edition;
  private final String language;
  private final Localizer local;
  private final Routes routes;
  private final SiteConfig config;
  private final String inputDigest;
  private final EditionView view;
  private final Programme programme;
  private final List<Frame.NavLink> menu;
  private final List<PageSpec> pages = new ArrayList<>();
  private final StructuredData data;
  private final NewsPages news;
  private final ShareCards shareCards;

  private final LastModified lastModified;

  LanguagePages(Edition edition, String language, Localizer local, Routes routes, SiteConfig config,
      String inputDigest, EditionView view, LastModified lastModified) {
    this.lastModified = lastModified;
    this.inputDigest = inputDigest;
    this.edition = edition;
    this.language = language;
    this.local = local;
    this.routes = routes;
    this.config = config;
    this.view = view;
    this.programme = new Programme(edition, local, routes);
    this.news = new NewsPages(edition, local, routes);
    this.menu = menu();
    this.data = new StructuredData(edition, local, routes);
    this.shareCards = new ShareCards(edition, local, routes, view, config.sessionShareImages());
  }

  List<PageSpec> assemble() {
    Page home = edition.pages().get(Page.HOME);
    String name = view.name().value();
    String place = edition.online() ? t("online_event") : text(view.venueName());
    String homeDescription = MetaDescription.of(text(view.tagline()), home == null ? null
        : PlainText.firstParagraph(body(home).markdown().text()), MetaDescription.facts(name, view.dates(), place));
    add(routes.home(language), "home", name, homeDescription, data.edition(homeDescription),
        lang -> routes.home(lang), lang -> home == null || home.versions().containsKey(lang),
        new Contents.Home(home == null ? null : body(home), programme.days, edition.sessions().size(),
            edition.speakers().size(), Showcases.of(edition, local, routes, programme), news.latest()));
    if (!edition.showcase().partners().isEmpty()) {
      add(routes.partners(language), "partners", t("partners"), MetaDescription.of(MetaDescription.facts(
          t("partners") + " – " + name, view.dates(), place)), null, routes::partners, lang -> true,
          new Contents.Partners(Showcases.partners(edition, local, routes)));
    }
    addNews(name, place);
    String programmeDescription = MetaDescription.of(MetaDescription.facts(t("programme") + " – " + name,
        view.dates(), place));
    add(routes.programme(language), "programme", t("programme"), programmeDescription, null, routes::programme,
        lang -> true, new Contents.Programme(programme.days, programme.facets,
            ChangeLogPage.version(edition, local, routes)));
    if (!edition.history().releases().isEmpty()) {
      add(routes.changes(language), "changes", t("change_log"), MetaDescription.of(MetaDescription.facts(
          t("change_log") + " – " + name, view.dates(), place)), null, routes::changes, lang -> true,
          new ChangeLogPage(edition, local, routes).contents());
    }
    List<Contents.DayLink> dayLinks = programme.days.stream()
        .map(day -> new Contents.DayLink(day.date(), day.label(), day.url())).toList();
    for (int i = 0; i < programme.days.size(); i++) {
      DaySchedule day = programme.days.get(i);
      var date = edition.days().get(i).date();
      String dayDescription = MetaDescription.of(MetaDescription.facts(day.label() + " – " + name,
          text(day.title()), place));
      add(day.url(), "day", t("programme") + " – " + day.label(), dayDescription, null,
          lang -> routes.day(lang, date), lang -> true, new Contents.Day(day, dayLinks, programme.facets));
    }
    Set<String> repeated = repeatedTitles();
    for (Session session : edition.sessions()) {
      SessionCard card = programme.cards.get(session.id());
      Body description = description(session);
      String when = local.date(session.start().toLocalDate()) + ", " + card.start();
      String title = repeated.contains(card.title().value()) ? card.title().value() + " – " + when
          : card.title().value();
      String sessionDescription = MetaDescription.of(text(card.summary()), description == null ? null
          : PlainText.firstParagraph(description.markdown().text()),
          MetaDescription.facts(when, text(card.room()), name));
      ShareCard image = shareCards.session(session, card);
      add(card.url(), "session", title, sessionDescription,
          data.session(session, sessionDescription, image.path()),
          lang -> routes.session(lang, session.id()),
          lang -> session.title().exactly(lang) != null, new Contents.Session(card, local.date(session.start().toLocalDate()),
              routes.day(language, session.start().toLocalDate()), local.text(session.room().floor()),
              session.room().stream(), description, session.links().stream()
                  .map(link -> new Contents.LinkView(local.text(link.title()), link.url())).toList(),
              programme.previousInRoom.get(session.id()), otherDay(session, programme.previousInRoom.get(session.id())),
              programme.nextInRoom.get(session.id()), otherDay(session, programme.nextInRoom.get(session.id())),
              routes.sessionCalendar(language, session.id())), session.draft(), null, image);
    }
    if (!edition.speakers().isEmpty()) {
      List<SessionCard.SpeakerRef> people = edition.speakers().stream()
          .map(speaker -> Programme.speakerRef(speaker, local, routes))
          .sorted(Comparator.comparing(SessionCard.SpeakerRef::name)).toList();
      add(routes.speakers(language), "speakers", t("speakers"),
          MetaDescription.of(MetaDescription.facts(t("speakers") + " – " + name, view.dates(), place)), null,
          routes::speakers, lang -> true, SpeakerWall.of(edition, programme, people));
      Map<String, List<Session>> sessionsOf = new HashMap<>();
      edition.sessions().forEach(session -> session.speakers().forEach(speaker ->
          sessionsOf.computeIfAbsent(speaker.id(), id -> new ArrayList<>()).add(session)));
      for (Speaker speaker : edition.speakers()) {
        List<SessionCard> sessions = programme.bySpeaker.getOrDefault(speaker.id(), List.of());
        add(routes.speaker(language, speaker.id()), "speaker", speaker.name(),
            MetaDescription.of(text(local.text(speaker.bio())), MetaDescription.facts(speaker.name(),
                text(local.text(speaker.affiliation())), name)),
            data.speaker(speaker, sessionsOf.getOrDefault(speaker.id(), List.of())),
            lang -> routes.speaker(lang, speaker.id()), lang -> true,
            new Contents.Speaker(Programme.speakerRef(speaker, local, routes), local.text(speaker.bio()),
                sessions, routes.speakerCalendar(language, speaker.id())));
      }
    }
    for (Page page : edition.pages().values()) {
      if (!page.id().equals(Page.HOME) && !page.isNews()) {
        PageVersion shown = shown(page, language);
        add(routes.page(language, page, shown), "page", shown.title(), MetaDescription.of(shown.description(),
            PlainText.firstParagraph(shown.body().text()), MetaDescription.facts(shown.title(), view.name().value())),
            null, lang -> routes.page(lang, page, shown(page, lang)), lang -> page.versions().containsKey(lang),
            new Contents.Page(new Text(shown.title(), shown.language().equals(language) ? null : shown.language()),
                body(page)), shown.draft(), new PageSpec.Origin(shown.body().sourcePath(), shown.slugAt()),
            shareCards.edition());
      }
    }
    AppFiles app = new AppFiles(edition, language, local, routes, config, view);
    pages.add(app.offline(inputDigest, pages));
    pages.add(app.manifest());
    return pages;
  }

  /** The news page and a page per news item, when the edition has news. */
  private void addNews(String name, String place) {
    if (news.isEmpty()) {
      return;
    }
    add(routes.news(language), "news", t("news"), MetaDescription.of(MetaDescription.facts(t("news") + " – " + name,
        view.dates(), place)), null, routes::news, lang -> true, news.list());
    for (NewsPages.Item item : news.items) {
      PageVersion shown = item.shown();
      String description = news.description(item);
      String url = news.url(item, language);
      add(url, "news-item", shown.title(), description,
          data.newsArticle(shown.title(), description, shown.date(), url, shown.language()),
          lang -> news.url(item, lang), lang -> item.page().versions().containsKey(lang), news.page(item),
          shown.draft(), new PageSpec.Origin(shown.body().sourcePath(), shown.slugAt()), shareCards.edition());
    }
  }

  /** The share images these pages name, the edition's first; complete once {@link #assemble} has run. */
  List<ShareCard> shareCards() {
    return shareCards.all();
  }

  /** What the search looks at beyond the cards, fetched when a reader searches: see {@link SearchIndex}. */
  SiteModel.JsonFile searchIndex() {
    return SearchIndex.of(edition, language, programme, routes);
  }

  /** A page; {@code jsonLd} null: a web page about the edition. */
  private void add(String url, String template, String title, String description, JsonLd jsonLd,
      Function<String, String> urlIn, Predicate<String> translatedIn, Object content) {
    add(url, template, title, description, jsonLd, urlIn, translatedIn, content, false, null,
        shareCards.edition());
  }

  /** A page whose share image is {@code image}. */
  private void add(String url, String template, String title, String description, JsonLd jsonLd,
      Function<String, String> urlIn, Predicate<String> translatedIn, Object content, boolean draft,
      PageSpec.Origin origin, ShareCard image) {
    List<Frame.Alternate> alternates = edition.languages().stream()
        .map(lang -> new Frame.Alternate(lang, Localizer.ownName(lang), urlIn.apply(lang), lang.equals(language),
            translatedIn.test(lang), absolute(urlIn.apply(lang))))
        .toList();
    List<Frame.NavLink> navigation = menu.stream()
        .map(link -> new Frame.NavLink(link.label(), link.url(), url.equals(link.url())
            || (!link.url().equals(routes.home(language)) && url.startsWith(link.url()))))
        .toList();
    String defaultUrl = urlIn.apply(edition.defaultLanguage());
    boolean translatedHere = translatedIn.test(language);
    String canonical = translatedHere || !translatedIn.test(edition.defaultLanguage()) ? absolute(url)
        : absolute(defaultUrl);
    // the home pages' language-neutral page is the language chooser; elsewhere, the default language's page
    String xDefault = url.equals(routes.home(language)) ? absolute(routes.picker())
        : translatedIn.test(edition.defaultLanguage()) ? absolute(defaultUrl) : null;
    Frame frame = new Frame(language, title, description, view, alternates, navigation, canonical, xDefault,
        false, draft, routes.assets(), local.strings(), config,
        jsonLd != null ? jsonLd : data.page(title, description, url), absolute(image.path()),
        lastModified.of(edition, ownSource(content)), view.brand());
    pages.add(new PageSpec(url + "index.html", template + ".ftlh", frame, content, origin));
  }

  /** The Markdown file a page shows besides the edition's data, or null. */
  private static String ownSource(Object content) {
    Body body = content instanceof Contents.Home home ? home.body()
        : content instanceof Contents.Session session ? session.description()
        : content instanceof Contents.Page page ? page.body()
        : content instanceof Contents.NewsItem item ? item.item().body() : null;
    return body == null ? null : body.markdown().sourcePath();
  }

  /** Session titles that more than one session has in this language: their pages' titles gain the time. */
  private Set<String> repeatedTitles() {
    Map<String, Integer> uses = new HashMap<>();
    programme.cards.values().forEach(card -> uses.merge(card.title().value(), 1, Integer::sum));
    Set<String> repeated = new HashSet<>();
    uses.forEach((title, count) -> {
      if (count > 1) {
        repeated.add(title);
      }
    });
    return repeated;
  }

  private List<Frame.NavLink> menu() {
    List<Frame.NavLink> links = new ArrayList<>();
    links.add(new Frame.NavLink(t("home"), routes.home(language), false));
    links.add(new Frame.NavLink(t("programme"), routes.programme(language), false));
    if (!edition.speakers().isEmpty()) {
      links.add(new Frame.NavLink(t("speakers"), routes.speakers(language), false));
    }
    if (!edition.showcase().partners().isEmpty()) {
      links.add(new Frame.NavLink(t("partners"), routes.partners(language), false));
    }
    if (!news.isEmpty()) {
      links.add(new Frame.NavLink(t("news"), routes.news(language), false));
    }
    edition.pages().values().stream()
        .map(page -> Map.entry(page, shown(page, language)))
        .filter(entry -> entry.getValue().inMenu())
        .sorted(Comparator.comparingInt((Map.Entry<Page, PageVersion> entry) -> entry.getValue().weight())
            .thenComparing(entry -> entry.getValue().title()))
        .forEach(entry -> links.add(new Frame.NavLink(entry.getValue().title(),
            routes.page(language, entry.getKey(), entry.getValue()), false)));
    return List.copyOf(links);
  }

  /** The version of {@code page} shown in {@code lang}: its own, else the first in the fallback order. */
  private PageVersion shown(Page page, String lang) {
    return page.shown(edition.fallbackFor(lang));
  }

  private Body body(Page page) {
    PageVersion version = shown(page, language);
    return new Body(version.body(), version.language().equals(language) ? null : version.language());
  }

  private Body description(Session session) {
    String shown = Fallback.first(session.descriptions(), edition.fallbackFor(language));
    return shown == null ? null : new Body(session.descriptions().get(shown), shown.equals(language) ? null : shown);
  }

  /** The day of {@code neighbour} in this language when it is not {@code session}'s day, else null. */
  private String otherDay(Session session, SessionCard neighbour) {
    if (neighbour == null) {
      return null;
    }
    LocalDate day = programme.dates.get(neighbour.id());
    return day.equals(session.start().toLocalDate()) ? null : local.date(day);
  }

  private String absolute(String url) {
    return routes.absolute(url);
  }

  private String t(String key) {
    return local.strings().getOrDefault(key, key);
  }

  private static String text(Text text) {
    return text == null ? null : text.value();
  }
}
