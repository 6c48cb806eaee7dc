package podium.assemble;

import java.util.ArrayList;
import java.util.List;
import podium.model.Edition;
import podium.model.SiteConfig;
import podium.model.Speaker;
import podium.rules.ContentHash;

/**
 * What makes a language of an edition an installable, offline app: its service worker, with the pages,
 * calendars and photos it keeps, and its web app manifest; and, for the default language, the edition's
 * worker that keeps the language chooser.
 */
final class AppFiles {
  private final Edition edition;
  private final String language;
  private final Localizer local;
  private final Routes routes;
  private final SiteConfig config;
  private final EditionView view;

  AppFiles(Edition edition, String language, Localizer local, Routes routes, SiteConfig config, EditionView view) {
    this.edition = edition;
    this.language = language;
    this.local = local;
    this.routes = routes;
    this.config = config;
    this.view = view;
  }

  /**
   * The service worker, at the language's root so that its scope covers every page of the language. Its cache
   * version is a hash of the input (data, pages, templates, interface strings, assets) and of the page list: a
   * build with other content installs a new worker, which drops the old cache. Hashing the input, not the
   * pages' content, keeps this cheap (it cost a fifth of a build) and deterministic.
   */
  PageSpec offline(String inputDigest, List<PageSpec> pages) {
    List<String> core = new ArrayList<>(List.of(view.openData().programmeJson()));
    List<String> rest = new ArrayList<>();
    StringBuilder versioned = new StringBuilder(inputDigest).append('\n').append(language).append('\n');
    for (PageSpec page : pages) {
      versioned.append(page.path()).append('\n');
      String url = page.directory();
      boolean programmePage = List.of("home", "programme", "day", "speakers").contains(page.template()
          .replace(".ftlh", ""));
      (programmePage ? core : rest).add(url);
    }
    core.add(routes.home(language) + SearchIndex.FILE); // searching works offline too
    calendarsAndPhotos(core, rest);
    return new PageSpec(routes.home(language) + "sw.js", "service-worker.ftlh", workerFrame(),
        new Contents.Offline(ContentHash.of(versioned.toString()), core, rest));
  }

  /**
   * The edition's worker, at its root: the language chooser lies outside every language's scope, so this one
   * keeps it (and its assets) for a reader who comes back to it offline; the pages of the languages stay
   * with their own workers, the more specific scopes. Its offline page is in this (the default) language.
   */
  PageSpec chooserOffline(String inputDigest) {
    String version = ContentHash.of(inputDigest + "\n" + routes.picker() + "sw.js\n");
    return new PageSpec(routes.picker() + "sw.js", "service-worker.ftlh", workerFrame(),
        new Contents.Offline(version, List.of(routes.picker()), List.of()));
  }

  private Frame workerFrame() {
    return new Frame(language, "offline", null, view, List.of(), List.of(), null, null, true, false,
        routes.assets(), local.strings(), config, null, null, null, view.brand());
  }

  /** The web app manifest, beside the service worker (templates/manifest.ftlh): the programme installs as an app. */
  PageSpec manifest() {
    Frame frame = new Frame(language, "manifest", null, view, List.of(), List.of(), null, null, true, false,
        routes.assets(), local.strings(), config, null, null, null, view.brand());
    return new PageSpec(routes.home(language) + "manifest.webmanifest", "manifest.ftlh", frame, null);
  }

  /**
   * The calendar files and photos a reader may want offline: the programme's and each day's calendar with the
   * programme pages (cached at install), each session's and speaker's calendar and each speaker's photos with
   * the other pages (fetched once a page has loaded).
   */
  private void calendarsAndPhotos(List<String> core, List<String> rest) {
    core.add(view.openData().calendar());
    edition.days().forEach(day -> core.add(routes.dayCalendar(language, day.date())));
    edition.sessions().forEach(session -> rest.add(routes.sessionCalendar(language, session.id())));
    for (Speaker speaker : edition.speakers()) {
      rest.add(routes.speakerCalendar(language, speaker.id()));
      if (speaker.photo() != null) {
        rest.add(routes.picture(PhotoFiles.thumbnail(speaker)).url());
        rest.add(routes.picture(PhotoFiles.pageImage(speaker)).url());
      }
    }
  }
}
