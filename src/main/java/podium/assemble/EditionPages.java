package podium.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import podium.model.Edition;
import podium.model.Site;

/**
 * The pages of one edition: every language's pages and search index, plus the language picker at its root, its 404
 * pages (one at its root for paths without a language, one per language) and the editors' translation status
 * (page and JSON).
 */
final class EditionPages {
  final List<PageSpec> pages = new ArrayList<>();
  final List<SiteModel.JsonFile> json = new ArrayList<>();
  final List<ShareCard> shareCards = new ArrayList<>();
  final Routes routes;

  EditionPages(Edition edition, Site site, Fingerprints fingerprints) {
    routes = new Routes(edition, site.messages());
    LastModified lastModified = new LastModified(site.committed());
    // the languages share nothing but the (immutable) edition: assembled in parallel, kept in edition order
    edition.languages().parallelStream().map(language -> {
      Localizer local = new Localizer(edition, language, site.messages().of(language));
      LanguagePages languagePages = new LanguagePages(edition, language, local, routes, site.config(),
          site.inputDigest(), SiteAssembler.view(edition, local, routes, fingerprints), lastModified);
      return new Assembled(languagePages.assemble(), languagePages.searchIndex(), languagePages.shareCards());
    }).toList().forEach(language -> {
      pages.addAll(language.pages());
      json.add(language.searchIndex());
      shareCards.addAll(language.shareCards());
    });
    String language = edition.defaultLanguage();
    Localizer local = new Localizer(edition, language, site.messages().of(language));
    EditionView view = SiteAssembler.view(edition, local, routes, fingerprints);
    String name = view.name().value();
    StructuredData data = new StructuredData(edition, local, routes);
    String about = MetaDescription.of(MetaDescription.facts(name, view.dates(),
        edition.online() ? local.strings().get("online_event") : view.venueName().value()));
    // the chooser stands for every language's home page: their alternates, and itself as x-default
    List<Frame.Alternate> homes = edition.languages().stream().map(code -> new Frame.Alternate(code,
        Localizer.ownName(code), routes.home(code), false, true, routes.absolute(routes.home(code)))).toList();
    pages.add(new PageSpec(routes.picker() + "index.html", "languages.ftlh",
        new Frame(language, name, about, view, homes, List.of(), routes.absolute(routes.picker()),
            routes.absolute(routes.picker()), false, false, routes.assets(), local.strings(), site.config(),
            data.page(name, about, routes.picker()), null, lastModified.of(edition, null), view.brand()),
        new Contents.LanguagePicker(view.languages())));
    pages.add(new AppFiles(edition, language, local, routes, site.config(), view).chooserOffline(site.inputDigest()));
    // the edition's 404 page, for paths without a language: in the default language, with the others' notices
    pages.add(notFound(site, edition, view, local, routes.picker(), edition.languages().stream()
        .filter(other -> !other.equals(language)).map(other -> notice(other, site.messages().of(other))).toList()));
    // and one per language, which hosts serve for the paths below that language
    for (String other : edition.languages()) {
      Localizer otherLocal = new Localizer(edition, other, site.messages().of(other));
      pages.add(notFound(site, edition, SiteAssembler.view(edition, otherLocal, routes, fingerprints), otherLocal,
          routes.home(other), List.of()));
    }
    Contents.TranslationStatus status = TranslationStatusPage.of(edition);
    pages.add(new PageSpec(routes.picker() + "translation-status/index.html", "translation-status.ftlh",
        frame(site, view, local, local.strings().get("translation_status"), MetaDescription.of(MetaDescription.facts(
            local.strings().get("translation_status"), name)), data.page(local.strings().get("translation_status"),
            null, null), null, true), status));
    json.add(new SiteModel.JsonFile(routes.picker() + "translation-status.json", status));
  }

  /**
   * A 404 page at {@code folder}, served at any depth below it (links rooted at the edition's base path). The
   * layout adds the edition's name to its title.
   */
  private PageSpec notFound(Site site, Edition edition, EditionView view, Localizer local, String folder,
      List<Contents.Notice> inOtherLanguages) {
    String notFound = local.strings().get("not_found");
    StructuredData data = new StructuredData(edition, local, routes);
    return new PageSpec(folder + "404.html", "404.ftlh",
        frame(site, view, local, notFound, MetaDescription.of(MetaDescription.facts(notFound, view.name().value())),
            data.page(notFound, null, null), null, true),
        new Contents.NotFound(List.of(view), inOtherLanguages),
        new PageSpec.RootedLinks(routes.picker(), BasePaths.ofEdition(edition, site.config())));
  }

  /** What one language gives, in parallel with the others. */
  private record Assembled(List<PageSpec> pages, SiteModel.JsonFile searchIndex, List<ShareCard> shareCards) {}

  private Contents.Notice notice(String language, Map<String, String> strings) {
    return new Contents.Notice(language, strings.get("not_found"), strings.get("not_found_text"), strings.get("home"),
        routes.home(language));
  }

  private Frame frame(Site site, EditionView view, Localizer local, String title, String description,
      JsonLd jsonLd, String canonical, boolean noindex) {
    return new Frame(local.language(), title, description, view, List.of(), List.of(), canonical, null, noindex,
        false, routes.assets(), local.strings(), site.config(), jsonLd, null, null, view.brand());
  }
}
