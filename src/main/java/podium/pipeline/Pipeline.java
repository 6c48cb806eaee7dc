package podium.pipeline;

import java.io.IOException;
import java.nio.file.Path;
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
import podium.load.FileMemo;
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
import podium.write.OutputFolder;
import podium.write.OutputTargets;

/**
 * Runs the stages in order: load → validate → assemble → render (pages and open-data files) → write. Each stage
 * collects problems; the pipeline stops before writing if there are any, so the previous output stays as it
 * was. An incremental pipeline (the preview server's) keeps what it loaded and rendered, redoes only what
 * changed, and renders the open-data files separately ({@link #renderExports}).
 */
public final class Pipeline {
  private final BuildOptions options;
  private final ProjectLoader loader;
  private final RenderMemo renders;
  private final ExportMemo exports;
  private final PhotoMemo photos;
  private final TemplateStamps templates;
  private PageRenderer renderer;
  private final Progress progress;
  /** The preview's last good build, what its quick path starts from (null after a failed one). */
  private LoadedProject lastProject;
  private SiteModel lastModel;

  private Pipeline(BuildOptions options, boolean incremental, Progress progress) {
    this.options = options;
    this.progress = progress;
    this.loader = new ProjectLoader(incremental ? new FileMemo() : null);
    this.renders = incremental ? new RenderMemo() : null;
    this.exports = incremental ? new ExportMemo() : null;
    this.photos = incremental ? new PhotoMemo() : null;
    this.templates = new TemplateStamps(options.project().resolve(ProjectLoader.TEMPLATES));
  }

  /** A pipeline that keeps its work between runs, for the preview server. */
  public static Pipeline incremental(BuildOptions options) {
    return new Pipeline(options, true, new Progress());
  }

  /**
   * Everything a build does but writing: the {@code check} command. Pages, Markdown and open-data files are
   * rendered and dropped, so that a check finds every problem a build would (a template that fails on one page,
   * a Markdown text nested too deeply); photos are not scaled, as scaling never fails (a photo that cannot be
   * decoded is published as it is).
   */
  public static Site check(BuildOptions options) throws InvalidInputException, IOException {
    return Tasks.<Site, InvalidInputException, IOException>onPool(() ->
        new Pipeline(options, false, new Progress()).render(file -> {}, null, false).site());
  }

  /** Loads, validates and lays out the site, rendering nothing: what {@code new-page} checks a new page against. */
  public static Checked layout(BuildOptions options) throws InvalidInputException {
    return Tasks.onPool(() -> checked(options));
  }

  /** A valid site and its layout. */
  public record Checked(Site site, SiteModel model) {}

  private static Checked checked(BuildOptions options) throws InvalidInputException {
    Problems problems = new Problems();
    LoadedProject project = new ProjectLoader().load(options.project(), problems);
    Site site = Validator.validate(project, options.rules(), problems);
    SiteModel model = SiteAssembler.assemble(site, project.staticFiles(), problems);
    failOn(problems);
    return new Checked(site, model);
  }

  /**
   * A full build into the output folder: the {@code build} command. An output folder that must not be replaced
   * (the project, a folder of someone else's files...) is refused before anything is read.
   */
  public static BuildReport build(BuildOptions options) throws InvalidInputException, IOException {
    return build(options, new Progress());
  }

  /** The same, reporting its progress to {@code progress}, which another thread may print. */
  public static BuildReport build(BuildOptions options, Progress progress) throws InvalidInputException, IOException {
    return Tasks.<BuildReport, InvalidInputException, IOException>onPool(() -> built(options, progress));
  }

  private static BuildReport built(BuildOptions options, Progress progress)
      throws InvalidInputException, IOException {
    long started = System.nanoTime();
    OutputTargets.checkOutput(options.project(), options.output());
    String prefix = options.edition() == null ? null : options.edition() + "/";
    Path target = prefix == null ? options.output() : options.output().resolve(options.edition());
    try (OutputFolder output = OutputFolder.open(target, prefix, options.precompress())) {
      Rendered site = new Pipeline(options, false, progress).render(output, output::previous, true);
      progress.stage("copying and swapping", 0);
      long swapping = System.nanoTime();
      output.copy(site.model().copies());
      int files = output.commit();
      long done = System.nanoTime();
      return Reports.of(site, options.edition(), files, (done - started) / 1_000_000, done - swapping);
    }
  }

  /**
   * Load, validate, assemble and render, handing each file to {@code sink} as soon as it exists (the build
   * writes it to disk, the preview keeps it in memory).
   */
  public Rendered render(Consumer<RenderedFile> sink) throws InvalidInputException, IOException {
    return Tasks.<Rendered, InvalidInputException, IOException>onPool(() -> render(sink, null, true));
  }

  /**
   * The same; {@code previous} gives the last build's files, for those that may be reused (null: none);
   * {@code scalePhotos} is false when the files are not kept (a check).
   */
  private Rendered render(Consumer<RenderedFile> sink, Function<String, byte[]> previous, boolean scalePhotos)
      throws InvalidInputException, IOException {
    long started = System.nanoTime();
    Problems problems = new Problems();
    progress.stage("loading", 0);
    lastProject = null;
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
    List<String> changedTemplates = templates.changed();
    if (renderer == null || !changedTemplates.isEmpty()) {
      renderer = new PageRenderer(project.templates(), options.fileLinks());
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
    Tasks.Background<Void> exporting = exports != null ? null
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
    if (renders != null) {
      lastProject = project;
      lastModel = model;
    }
    int rendered = renders == null ? model.pages().size() : renders.takeRenderedCount();
    long done = System.nanoTime();
    return new Rendered(site, model, rendered, (done - started) / 1_000_000,
        new StageTimes(loaded - started, validated - loaded, assembled - validated, pagesRendered - assembled,
            done - pagesRendered));
  }

  /**
   * The preview's quick path: when only the text of Markdown pages changed since the last good build, the
   * pages showing it, rendered from that build's site model; null when anything else changed. A full
   * {@link #render} must follow, to update what depends on the text in other ways (translation status,
   * open data).
   */
  public QuickRender renderEditedBodies(List<Path> changed) {
    Map<String, String> bodies = renders == null ? null : BodyEdits.find(lastProject, changed, loader);
    if (bodies == null) {
      return null;
    }
    Problems problems = new Problems();
    List<RenderedFile> files = Tasks.onPool(() -> renderer.renderEdited(lastModel, renders, bodies, problems));
    return problems.isEmpty() ? new QuickRender(files, lastModel.pages().size()) : null;
  }

  /** The pages the quick path rendered, out of how many the site has. */
  public record QuickRender(List<RenderedFile> files, int pages) {}

  /**
   * The sitemaps and JSON files, and the open-data files of the editions that changed since the last call: the
   * preview renders them after the pages, so an edit reloads the tab without waiting for files nobody is
   * looking at.
   */
  public void renderExports(Rendered rendered, Consumer<RenderedFile> sink) {
    if (exports == null) {
      throw new IllegalStateException("a one-shot build renders its exports with its pages");
    }
    Tasks.onPool(() -> {
      PageRenderer.renderDerived(rendered.model(), sink);
      exports.render(rendered.site(), wanted(rendered.site()), sink);
      return null;
    });
  }

  private List<Edition> wanted(Site site) {
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

  private static void failOn(Problems problems) throws InvalidInputException {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems.sorted());
    }
  }

  /** What was rendered: the site, its model, how many pages were rendered anew (not reused), and times. */
  public record Rendered(Site site, SiteModel model, int renderedPages, long millis,
      StageTimes stages) {}

  /** Nanoseconds spent in each stage, for --verbose and the benchmark. */
  public record StageTimes(long load, long validate, long assemble, long render, long export) {
    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT,
          "load %.1f ms, validate %.1f ms, assemble %.1f ms, render %.1f ms, export %.1f ms",
          load / 1e6, validate / 1e6, assemble / 1e6, render / 1e6, export / 1e6);
    }
  }
}
