package podium.build;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import podium.assemble.SiteAssembler;
import podium.assemble.SiteModel;
import podium.diagnostic.InvalidInputException;
import podium.diagnostic.Problems;
import podium.load.LoadedProject;
import podium.load.ProjectLoader;
import podium.model.Edition;
import podium.model.Site;
import podium.model.TranslationRow;
import podium.model.TranslationState;
import podium.model.TranslationTally;
import podium.render.PageRenderer;
import podium.render.RenderedFile;
import podium.validate.Validator;
import podium.write.SiteWriter;

/**
 * Runs the stages in order: load → validate → assemble → render → write. Each stage collects problems;
 * the pipeline stops before writing if there are any, so the previous output stays as it was.
 */
public final class Pipeline {
  private Pipeline() {}

  /** Loads and validates only: the {@code check} command. */
  public static Site check(BuildOptions options) throws InvalidInputException {
    Problems problems = new Problems();
    LoadedProject project = new ProjectLoader().load(options.project(), problems);
    Site site = Validator.validate(project, options.rules(), problems);
    SiteAssembler.assemble(site, project.staticFiles(), problems);
    failOn(problems);
    return site;
  }

  public static BuildReport build(BuildOptions options) throws InvalidInputException, IOException {
    long started = System.nanoTime();
    Problems problems = new Problems();
    LoadedProject project = new ProjectLoader().load(options.project(), problems);
    Site site = Validator.validate(project, options.rules(), problems);
    failOn(problems);
    if (options.edition() != null && site.editions().stream().noneMatch(e -> e.id().equals(options.edition()))) {
      throw new IllegalArgumentException("no edition '" + options.edition() + "'; the editions are "
          + String.join(", ", site.editions().stream().map(Edition::id).toList()));
    }
    SiteModel model = only(SiteAssembler.assemble(site, project.staticFiles(), problems), options.edition());
    failOn(problems);
    List<RenderedFile> pages = new PageRenderer(project.templates()).render(model, problems);
    failOn(problems);
    String prefix = options.edition() == null ? null : options.edition() + "/";
    int files = SiteWriter.replace(prefix == null ? options.output() : options.output().resolve(options.edition()),
        pages, model.copies(), prefix, options.precompress());
    Map<String, Long> pagesPerEdition = model.pages().stream()
        .collect(Collectors.groupingBy(page -> page.path().substring(0, page.path().indexOf('/') + 1),
            Collectors.counting()));
    List<BuildReport.EditionSummary> editions = site.editions().stream()
        .filter(edition -> prefix == null || edition.id().equals(options.edition()))
        .map(edition -> new BuildReport.EditionSummary(edition.id(), edition.languages(),
            pagesPerEdition.getOrDefault(edition.id() + "/", 0L).intValue(), TranslationTally.of(edition),
            outdated(edition)))
        .toList();
    return new BuildReport(editions, files, (System.nanoTime() - started) / 1_000_000);
  }

  private static List<String> outdated(Edition edition) {
    List<String> files = new ArrayList<>();
    for (TranslationRow row : edition.translations()) {
      row.states().forEach((language, state) -> {
        if (state == TranslationState.OUTDATED) {
          files.add(row.sourcePath().replaceFirst("/" + row.sourceLanguage() + "/", "/" + language + "/"));
        }
      });
    }
    return files;
  }

  /** The part of the site model that belongs to one edition, or all of it. */
  private static SiteModel only(SiteModel model, String edition) {
    if (edition == null) {
      return model;
    }
    String prefix = edition + "/";
    return new SiteModel(model.pages().stream().filter(page -> page.path().startsWith(prefix)).toList(),
        model.json().stream().filter(file -> file.path().startsWith(prefix)).toList(), List.of(),
        model.copies().stream().filter(copy -> copy.target().startsWith(prefix)).toList(), model.fingerprints());
  }

  private static void failOn(Problems problems) throws InvalidInputException {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems.sorted());
    }
  }
}
