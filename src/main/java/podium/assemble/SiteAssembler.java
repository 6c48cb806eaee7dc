package podium.assemble;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import podium.diagnostic.Position;
import podium.diagnostic.Problems;
import podium.load.StaticFile;
import podium.model.Edition;
import podium.model.Localized;
import podium.model.Site;

/**
 * Lays out the whole site: the editions index at the root, then per edition a language picker and every
 * page in every language, plus the shared assets copied into each edition so it can be published alone.
 */
public final class SiteAssembler {
  private static final String FAVICON = "favicon.ico";

  private SiteAssembler() {}

  public static SiteModel assemble(Site site, List<StaticFile> staticFiles, Problems problems) {
    List<PageSpec> pages = new ArrayList<>();
    List<SiteModel.JsonFile> json = new ArrayList<>();
    List<EditionView> index = new ArrayList<>();
    List<Routes> routes = new ArrayList<>();
    Map<String, ShareCard> shareCards = new LinkedHashMap<>();
    String rootLanguage = site.config().language();
    Map<String, String> rootStrings = site.messages().of(rootLanguage);
    Fingerprints fingerprints = Fingerprints.of(staticFiles);
    for (Edition edition : site.editions()) {
      EditionPages editionPages = new EditionPages(edition, site, fingerprints);
      DraftLinks.report(edition, editionPages.routes, editionPages.pages, problems);
      routes.add(editionPages.routes);
      pages.addAll(editionPages.pages);
      json.addAll(editionPages.json);
      // languages whose card says the same name the same file: drawn once
      editionPages.shareCards.forEach(card -> shareCards.putIfAbsent(card.path(), card));
      index.add(view(edition, new Localizer(edition, rootLanguage, rootStrings), editionPages.routes, fingerprints));
    }
    Localized title = site.config().title();
    String rootTitle = title.in(List.of(rootLanguage, Localized.ANY)) == null
        ? title.texts().values().iterator().next() : title.in(List.of(rootLanguage, Localized.ANY));
    BrandView rootBrand = BrandFiles.rootView(site.config().brand(), fingerprints);
    String editions = MetaDescription.of(MetaDescription.facts(index.stream()
        .map(view -> view.name().value() + " (" + view.dates() + ")").toArray(String[]::new)));
    pages.add(new PageSpec("index.html", "editions.ftlh",
        rootFrame(site, rootTitle, MetaDescription.of(editions, rootTitle), site.config().baseUrl(), false,
            rootBrand),
        new Contents.Editions(List.copyOf(index))));
    pages.add(new PageSpec("404.html", "404.ftlh",
        rootFrame(site, rootStrings.get("not_found") + " – " + rootTitle,
            MetaDescription.of(rootStrings.get("not_found") + " – " + rootTitle), null, true, rootBrand),
        new Contents.NotFound(List.copyOf(index), List.of()), new PageSpec.RootedLinks("", BasePaths.ofSite(site.config()))));
    List<FileCopy> copies = copies(site, staticFiles, fingerprints);
    List<ScaledPhoto> photos = site.editions().stream().flatMap(edition -> PhotoFiles.scaled(edition).stream())
        .toList();
    reportCollisions(pages, copies, photos, shareCards.keySet(), problems);
    return new SiteModel(site, List.copyOf(routes), List.copyOf(pages), List.copyOf(json), copies, photos,
        List.copyOf(shareCards.values()), fingerprints);
  }

  private static Frame rootFrame(Site site, String title, String description, String canonical,
      boolean noindex, BrandView brand) {
    String language = site.config().language();
    return new Frame(language, title, description, null, List.of(), List.of(), canonical, null, noindex, false,
        "assets/", site.messages().of(language), site.config(),
        StructuredData.webPage(title, description, language, canonical), null, null, brand);
  }

  static EditionView view(Edition edition, Localizer local, Routes routes, Fingerprints fingerprints) {
    String language = local.language();
    boolean hasNews = edition.pages().values().stream().anyMatch(podium.model.Page::isNews);
    List<EditionView.LanguageLink> languages = edition.languages().stream()
        .map(code -> new EditionView.LanguageLink(code, Localizer.ownName(code), routes.home(code))).toList();
    return new EditionView(edition.id(), local.text(edition.name()), local.text(edition.tagline()),
        local.dates(edition.start(), edition.end()), edition.start().toString(), edition.end().toString(),
        edition.timezone().getId(), edition.online(),
        edition.venue() == null ? Text.NONE : local.text(edition.venue().name()),
        edition.venue() == null ? Text.NONE : local.text(edition.venue().address()),
        edition.venue() == null ? null : edition.venue().url(), local.text(edition.organiser()),
        routes.home(language), routes.programme(language),
        edition.speakers().isEmpty() ? null : routes.speakers(language),
        hasNews ? routes.news(language) : null, hasNews ? routes.newsFeed(language) : null, routes.picker(), languages,
        new EditionView.OpenData(routes.calendar(language), routes.scheduleXml(language),
            routes.scheduleJson(language), routes.programmeJson(language)),
        BrandFiles.view(edition.brand(), local, fingerprints));
  }

  private static List<FileCopy> copies(Site site, List<StaticFile> staticFiles, Fingerprints fingerprints) {
    List<FileCopy> copies = new ArrayList<>();
    site.editions().forEach(edition -> copies.addAll(PhotoFiles.copies(edition)));
    site.editions().forEach(edition -> copies.addAll(BrandFiles.copies(edition)));
    site.editions().forEach(edition -> copies.addAll(Showcases.copies(edition)));
    List<FileCopy> editors = new ArrayList<>();
    for (StaticFile file : staticFiles) {
      if (file.edition() != null) {
        editors.add(new FileCopy(file.content(), file.edition() + "/" + file.relative()));
        continue;
      }
      String published = fingerprints.of(file.relative());
      // a shipped font goes only where a brand chose it (with its licence, fonts/<name>.*): pages and the
      // offline cache of other editions never load it
      String font = fontOf(file.relative());
      if (font == null || font.equals(site.config().brand().font())) {
        copies.add(new FileCopy(file.content(), "assets/" + published));
      }
      for (Edition edition : site.editions()) {
        if (font == null || font.equals(edition.brand().font())) {
          copies.add(new FileCopy(file.content(), edition.id() + "/assets/" + published));
        }
      }
      if (file.relative().equals(FAVICON)) {
        // Browsers and crawlers ask for /favicon.ico whatever the pages say: serve it at each possible root.
        copies.add(new FileCopy(file.content(), FAVICON));
        site.editions().forEach(edition -> copies.add(new FileCopy(file.content(), edition.id() + "/" + FAVICON)));
      }
    }
    // the editors' own files last: when one takes an address the site writes, it is the one reported
    copies.addAll(editors);
    return copies;
  }

  /** The font a file of {@code assets/fonts/} belongs to ({@code bitter} for bitter.OFL.txt), else null. */
  private static String fontOf(String relative) {
    if (!relative.startsWith("fonts/") || relative.indexOf('/', "fonts/".length()) >= 0) {
      return null;
    }
    String name = relative.substring("fonts/".length());
    return name.indexOf('.') > 0 ? name.substring(0, name.indexOf('.')) : name;
  }

  /**
   * Two pages (or a page and a file) may not claim the same output file, e.g. a slug equal to a section name.
   * The page to blame is the one whose slug makes the claim: a section, or a page named by its file, keeps it.
   */
  private static void reportCollisions(List<PageSpec> pages, List<FileCopy> copies, List<ScaledPhoto> photos,
      Set<String> shareImages, Problems problems) {
    // a list only for a path claimed twice, not one per page (40,000 lists for nothing at 10,000 sessions)
    Map<String, PageSpec> first = new HashMap<>(pages.size() * 2);
    Map<String, List<PageSpec>> claims = new LinkedHashMap<>();
    for (PageSpec page : pages) {
      PageSpec earlier = first.putIfAbsent(page.path(), page);
      if (earlier != null) {
        claims.computeIfAbsent(page.path(), path -> new ArrayList<>(List.of(earlier))).add(page);
      }
    }
    claims.forEach((path, claimants) -> {
      PageSpec keeper = claimants.stream().filter(page -> page.origin() == null || page.origin().slugAt() == null)
          .findFirst().orElse(claimants.get(0));
      for (PageSpec page : claimants) {
        if (page != keeper) {
          problems.error(page.origin() == null ? path : page.origin().source(),
              page.origin() == null ? Position.START : page.origin().at(),
              "page would be written to " + path + ", which another page uses",
              "a page's slug repeats another page's or a section's URL; give it another slug");
        }
      }
    });
    Set<String> taken = new HashSet<>(first.keySet());
    photos.forEach(photo -> photo.sizes().forEach(size -> taken.add(size.target())));
    taken.addAll(shareImages);
    for (FileCopy copy : copies) {
      if (!taken.add(copy.target())) {
        problems.error("content/" + copy.target(), Position.START, first.containsKey(copy.target())
            ? "file would overwrite a generated page" : "file would overwrite a file the site publishes",
            "the site writes its own file at this address; rename or move this one");
      }
    }
  }
}
