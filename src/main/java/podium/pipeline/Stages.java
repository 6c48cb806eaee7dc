package podium.pipeline;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import podium.assemble.SiteAssembler;
import podium.assemble.SiteModel;
import podium.diagnostic.InvalidInputException;
import podium.diagnostic.Problems;
import podium.diagnostic.Progress;
import podium.diagnostic.Tasks;
import podium.load.LoadedProject;
import podium.load.ProjectLoader;
import podium.model.Edition;
import podium.model.Site;
import podium.render.PageRenderer;
import podium.render.PhotoMemo;
import podium.render.PhotoScaler;
import podium.render.RenderMemo;
import podium.render.RenderedFile;
import podium.render.export.ExportRenderer;
import podium.validate.Validator;

/**
 * The stages in their order, load → validate → assemble → render, shared by the one-shot {@link Build} and the
 * preview's {@link IncrementalBuild}: the memos it is given (null for a one-shot run) decide what is redone.
 * Each stage collects problems, and a run stops at the first stage that found any. Runs on the caller's pool
 * (inside {@link Tasks#run}), so its background work does too.
 */
final class Stages {
  private final BuildOptions options;
  private final Progress progress;
  private final ProjectLoader loader;
  private final RenderMemo renders;
  private final PhotoMemo photos;
  private final TemplateStamps templates;
  private PageRenderer renderer;

  Stages(BuildOptions options, Progress progress, ProjectLoader loader, RenderMemo renders, PhotoMemo photos) {
    this.options = options;
    this.progress = progress;
    this.loader = loader;
    this.renders = renders;
    this.photos = photos;
    this.templates = new TemplateStamps();
  }

  /** A run's result, with the project it loaded (what the preview's quick path starts from). */
  record Run(LoadedProject project, Rendered rendered) {}

  /**
   * Load, validate, assemble and render, handing each file to {@code sink} as soon as it exists; {@code previous}
   * gives the last build's files, for those that may be reused (null: none); {@code scalePhotos} is false when
   * the files are not kept (a check); {@code exportWithPages}: the open-data files too, while the pages render.
   */
  Run render(Consumer<RenderedFile> sink, Function<String, byte[]> previous, boolean scalePhotos,
      boolean exportWithPages) throws InvalidInputException, IOException {
    long started = System.nanoTime();
    Problems problems = new Problems();
    progress.stage("loading", 0);
    LoadedProject project = loader.load(options.project(), problems);
    long loaded = System.nanoTime();
    Site site = Validator.validate(project, options.rules(), problems);
    long validated = System.nanoTime();
    failOn(problems);
    if (options.edition() != null && site.editions().stream().noneMatch(e -> e.id().equals(options.edition()))) {
      throw new IllegalArgumentException("no edition '" + options.edition() + "'; the editions are "
          + String.join(", ", site.editions().stream().map(Edition::id).toList()));
    }
    SiteModel model = only(SiteAssembler.assemble(site, project.staticFiles(), problems), options.edition());
    long assembled = System.nanoTime();
    failOn(problems);
    List<String> changedTemplates = templates.changed(project.templates());
    if (renderer == null || !changedTemplates.isEmpty()) {
      renderer = new PageRenderer(project.templateFolder(), project.templates(), options.fileLinks());
      if (renders != null) {
        renders.templatesChanged(changedTemplates);
      }
    }
    // Photos are scaled while the pages render, started first as each takes longest; the preview waits for
    // them too, as its pages show them (its memo makes that instant for unchanged photos).
    Tasks.Background<Void> scaling = Tasks.start(() -> PhotoScaler.render(
        scalePhotos ? model.photos() : List.of(), photos, previous, sink));
    // a build renders the open-data files while it renders the pages: they need only the site, and keep the
    // cores busy while the last pages finish
    Tasks.Background<Void> exporting = !exportWithPages ? null
        : Tasks.start(() -> ExportRenderer.render(site, wanted(site), sink));
    renderer.render(model, problems, renders, progress, sink);
    if (!scaling.isDone()) {
      progress.stage("scaling photos", 0);
    }
    Tasks.join(scaling);
    long pagesRendered = System.nanoTime();
    if (exporting != null) {
      progress.stage("exporting", 0);
      Tasks.join(exporting);
    }
    failOn(problems);
    int rendered = renders == null ? model.pages().size() : renders.takeRenderedCount();
    long done = System.nanoTime();
    return new Run(project, new Rendered(site, model, rendered, (done - started) / 1_000_000,
        new Rendered.StageTimes(loaded - started, validated - loaded, assembled - validated,
            pagesRendered - assembled, done - pagesRendered)));
  }

  /** The pages of {@code model} that show the edited texts, rendered with them (needs an earlier run). */
  List<RenderedFile> renderEdited(SiteModel model, Map<String, String> bodies, Problems problems) {
    return renderer.renderEdited(model, renders, bodies, problems);
  }

  /** The editions this run builds: all, or the one asked for. */
  List<Edition> wanted(Site site) {
    return site.editions().stream()
        .filter(edition -> options.edition() == null || edition.id().equals(options.edition())).toList();
  }

  /** The part of the site model that belongs to one edition, or all of it. */
  private static SiteModel only(SiteModel model, String edition) {
    if (edition == null) {
      return model;
    }
    String prefix = edition + "/";
    return new SiteModel(model.pages().stream().filter(page -> page.path().startsWith(prefix)).toList(),
        model.json().stream().filter(file -> file.path().startsWith(prefix)).toList(), List.of(),
        model.copies().stream().filter(copy -> copy.target().startsWith(prefix)).toList(),
        model.photos().stream().filter(photo -> photo.sizes().get(0).target().startsWith(prefix)).toList(),
        model.fingerprints());
  }

  static void failOn(Problems problems) throws InvalidInputException {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems.sorted());
    }
  }
}
