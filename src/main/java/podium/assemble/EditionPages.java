package podium.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import podium.model.Edition;
import podium.model.Site;

/**
 * The pages of one edition: every language's pages and search index, plus the language picker at its root, its 404 page and
 * the editors' translation status (page and JSON).
 */
final class EditionPages {
  final List<PageSpec> pages = new ArrayList<>();
  final List<SiteModel.JsonFile> json = new ArrayList<>();
  final Routes routes;

  EditionPages(Edition edition, Site site) {
    routes = new Routes(edition, site.messages());
    // the languages share nothing but the (immutable) edition: assembled in parallel, kept in edition order
    edition.languages().parallelStream().map(language -> {
      Localizer local = new Localizer(edition, language, site.messages().of(language));
      LanguagePages languagePages = new LanguagePages(edition, language, local, routes, site.config(),
          site.inputDigest(), SiteAssembler.view(edition, local, routes));
      return Map.entry(languagePages.assemble(), languagePages.searchIndex());
    }).toList().forEach(language -> {
      pages.addAll(language.getKey());
      json.add(language.getValue());
    });
    String language = edition.defaultLanguage();
    Localizer local = new Localizer(edition, language, site.messages().of(language));
    EditionView view = SiteAssembler.view(edition, local, routes);
    String name = view.name().value();
    pages.add(new PageSpec(routes.picker() + "index.html", "languages.ftlh",
        frame(site, view, local, name, routes.absolute(routes.picker()), false),
        new Contents.LanguagePicker(view.languages())));
    pages.add(new PageSpec(routes.picker() + "404.html", "404.ftlh",
        frame(site, view, local, local.strings().get("not_found") + " – " + name, null, true),
        new Contents.NotFound(List.of(view), edition.languages().stream().filter(other -> !other.equals(language))
            .map(other -> notice(other, site.messages().of(other))).toList()),
        new PageSpec.RootedLinks(routes.picker(), BasePaths.ofEdition(edition, site.config()))));
    Contents.TranslationStatus status = TranslationStatusPage.of(edition);
    pages.add(new PageSpec(routes.picker() + "translation-status/index.html", "translation-status.ftlh",
        frame(site, view, local, local.strings().get("translation_status") + " – " + name, null, true), status));
    json.add(new SiteModel.JsonFile(routes.picker() + "translation-status.json", status));
  }

  private Contents.Notice notice(String language, Map<String, String> strings) {
    return new Contents.Notice(language, strings.get("not_found"), strings.get("not_found_text"), strings.get("home"),
        routes.home(language));
  }

  private Frame frame(Site site, EditionView view, Localizer local, String title, String canonical,
      boolean noindex) {
    return new Frame(local.language(), title, null, view, List.of(), List.of(), canonical, null, noindex, false,
        routes.assets(), local.strings(), site.config());
  }
}
