package podium.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import podium.diagnostic.Position;
import podium.diagnostic.Problems;
import podium.diagnostic.Tasks;
import podium.load.EditionSource;
import podium.load.LoadedProject;
import podium.load.MarkdownSource;
import podium.load.Parsed;
import podium.load.ReleaseDoc;
import podium.load.SessionDoc;
import podium.load.SiteDoc;
import podium.load.SpeakerDoc;
import podium.load.StaticFile;
import podium.load.Suggestions;
import podium.model.Brand;
import podium.model.Edition;
import podium.model.LeftOut;
import podium.model.Localized;
import podium.model.Messages;
import podium.model.Session;
import podium.model.SessionOrder;
import podium.model.Showcase;
import podium.model.Site;
import podium.model.SiteConfig;
import podium.model.Speaker;
import podium.model.TranslationRow;

/** Checks a loaded project as a whole and builds the typed {@link Site}; every problem is reported. */
public final class Validator {
  private Validator() {}

  public static Site validate(LoadedProject project, Rules rules, Problems problems) {
    Messages messages = MessagesValidator.check(project.messages(), problems);
    SiteConfig config = siteConfig(project, problems);
    Map<String, List<MarkdownSource>> markdownByEdition = project.markdown().stream()
        .collect(Collectors.groupingBy(MarkdownSource::edition));
    Set<String> editionIds = project.editions().stream().map(EditionSource::id).collect(Collectors.toSet());
    reportOrphans(project, editionIds, problems);
    // editions share nothing but the strings and the configuration: checked in parallel, sorted after
    List<Edition> editions = new ArrayList<>(project.editions().parallelStream()
        .map(source -> edition(source, project, config, markdownByEdition, rules, problems))
        .filter(Objects::nonNull).toList());
    editions.sort(Comparator.comparing(Edition::start).reversed().thenComparing(Edition::id));
    return new Site(config, List.copyOf(editions), messages, project.inputDigest(), project.committed());
  }

  /** One edition, checked; null when it is too broken to build (its problems are reported). */
  private static Edition edition(EditionSource source, LoadedProject project, SiteConfig config,
      Map<String, List<MarkdownSource>> markdownByEdition, Rules rules, Problems problems) {
    if (source.edition() == null) {
      return null;
    }
    // A strings file with problems is reported where it is broken, not as missing.
    EditionBasics basics = EditionValidator.check(source.id(), source.edition(), project.messages().keySet(),
        problems);
    if (basics == null) {
      return null;
    }
    // A description is an orphan only if no entry of sessions.yaml has its id, valid or not; when the file
    // itself cannot be read, say nothing about descriptions. The pages are checked while the programme is.
    Set<String> describable = source.sessions() == null ? null : declaredIds(source.sessions().value());
    Drafts drafts = new Drafts(rules);
    Tasks.Background<PageValidator.Result> pagesChecked = Tasks.supply(() -> PageValidator.check(
        basics, describable, markdownByEdition.getOrDefault(source.id(), List.of()), drafts, problems));
    Map<String, Speaker> checkedSpeakers = source.speakers() == null ? Map.of()
        : SpeakerValidator.check(source.speakers(), "data/" + source.id(), basics.languages(), source.photos(),
            problems);
    List<Session> checked = source.sessions() == null ? List.of() : SessionValidator.check(basics,
        checkedSpeakers, declaredSpeakers(source), source.sessions(), rules, drafts, problems);
    List<Session> sessions = drafts.shown(checked, Session::draft);
    Map<String, Speaker> speakers = drafts.speakers(checkedSpeakers, checked);
    PageValidator.Result pages = drafts.describing(Tasks.join(pagesChecked), sessions);
    List<TranslationRow> translations = TranslationAudit.audit(basics, pages.translations(), sessions,
        rules.strict(), problems);
    String baseUrl = BaseUrls.ofEdition(source.edition(), basics.baseUrl(), config.baseUrl(), basics.id(), problems);
    Brand brand = BrandValidator.edition(source.edition(), config.brand(), basics.languages(), "data/" + source.id(),
        source.photos(), BrandValidator.fonts(project.staticFiles()), problems);
    Showcase showcase = ShowcaseValidator.check(source.edition(), source.partners(), basics.languages(),
        describable == null ? Set.of() : describable, checkedSpeakers.keySet(), "data/" + source.id(),
        source.photos(), problems);
    return edition(basics, baseUrl, sessions, speakers, pages, translations,
        Drafts.leftOut(pages, checked, sessions, checkedSpeakers, speakers), source.releases(), brand, showcase,
        problems);
  }

  private static Edition edition(EditionBasics basics, String baseUrl, List<Session> sessions,
      Map<String, Speaker> speakers, PageValidator.Result pages, List<TranslationRow> translations,
      LeftOut leftOut, List<Parsed<ReleaseDoc>> releases, Brand brand, Showcase showcase, Problems problems) {
    List<Session> described = sessions.stream()
        .map(s -> new Session(s.id(), s.title(), s.start(), s.end(), s.room(), s.track(), s.type(), s.speakers(),
            s.heldIn(), s.interpretation(), s.summary(), s.links(), pages.descriptions().getOrDefault(s.id(), Map.of()),
            s.draft(), s.status()))
        .sorted(SessionOrder.of(List.copyOf(basics.rooms().values())))
        .toList();
    return new Edition(basics.id(), basics.name(), basics.tagline(), basics.start(), basics.end(), basics.timezone(),
        basics.online(), basics.venue(), basics.languages(), basics.defaultLanguage(), basics.fallbacks(), baseUrl,
        basics.organiser(), List.copyOf(basics.rooms().values()), List.copyOf(basics.tracks().values()),
        List.copyOf(basics.types().values()), basics.days(), described, List.copyOf(speakers.values()),
        pages.pages(), translations, leftOut, ReleaseHistory.of(releases, described, problems), brand, showcase);
  }

  private static Set<String> declaredSpeakers(EditionSource source) {
    return source.speakers() == null ? null : source.speakers().value().stream().map(SpeakerDoc::id)
        .filter(Ids::isSafe).collect(Collectors.toSet());
  }

  private static Set<String> declaredIds(List<SessionDoc> docs) {
    return docs.stream().map(SessionDoc::id).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
  }

  private static void reportOrphans(LoadedProject project, Set<String> editionIds, Problems problems) {
    List<String> known = editionIds.stream().sorted().toList();
    for (MarkdownSource source : project.markdown()) {
      if (!editionIds.contains(source.edition())) {
        problems.error(source.path(), Position.START, "no edition '" + source.edition() + "' in data/",
            orphanHint(source.edition(), known));
      }
    }
    for (StaticFile file : project.staticFiles()) {
      if (file.edition() != null && !editionIds.contains(file.edition())) {
        problems.error("content/" + file.edition() + "/" + file.relative(), Position.START,
            "no edition '" + file.edition() + "' in data/", orphanHint(file.edition(), known));
      }
    }
  }

  private static String orphanHint(String edition, List<String> known) {
    String closest = Suggestions.closest(edition, known);
    return closest != null ? "did you mean '" + closest + "'?" : "create data/" + edition + "/edition.yaml";
  }

  private static SiteConfig siteConfig(LoadedProject project, Problems problems) {
    SiteDoc doc = project.site() == null ? null : project.site().value();
    Localized title = doc == null || doc.title() == null ? Localized.everywhere("Congresses") : doc.title();
    String language = doc == null || doc.language() == null ? "en" : doc.language();
    String baseUrl = doc == null ? null : BaseUrls.check(project.site(), "/base_url", doc.baseUrl(), problems);
    Brand brand = BrandValidator.site(project.site(), BrandValidator.fonts(project.staticFiles()), problems);
    return new SiteConfig(title, language, baseUrl, brand, sessionShareImages(project, problems));
  }

  /** {@code share_images: sessions} (the default: a picture per session and language) or {@code editions}. */
  private static boolean sessionShareImages(LoadedProject project, Problems problems) {
    String written = project.site() == null || project.site().value() == null ? null
        : project.site().value().shareImages();
    if (written != null && !List.of("sessions", "editions").contains(written)) {
      new FileChecks(project.site(), problems).error("/share_images", "invalid share_images '" + written + "'",
          "write sessions (a share image per session and language, the default) or editions (only each "
              + "edition's, which its sessions' pages then name)");
    }
    return !"editions".equals(written);
  }
}
