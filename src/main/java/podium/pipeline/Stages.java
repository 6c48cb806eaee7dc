package podium.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
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
import podium.render.Output;
import podium.render.PageRenderer;
import podium.render.PhotoMemo;
import podium.render.RenderMemo;
import podium.render.RenderRun;
import podium.render.RenderedFile;
import podium.render.export.OpenDataMemo;
import podium.render.export.ShareImageMemo;
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
  private final Memos memos;
  private final TemplateStamps templates;
  private PageRenderer renderer;

  /** What the preview keeps between runs to redo only what changed; {@link #NONE} for a one-shot run. */
  record Memos(RenderMemo pages, PhotoMemo photos, OpenDataMemo openData, ShareImageMemo shareImages) {
    static final Memos NONE = new Memos(null, null, null, null);

    static Memos fresh() {
      return new Memos(new RenderMemo(), new PhotoMemo(), new OpenDataMemo(), new ShareImageMemo());
    }
  }

  Stages(BuildOptions options, Progress progress, ProjectLoader loader, Memos memos) {
    this.options = options;
    this.progress = progress;
    this.loader = loader;
    this.memos = memos;
    this.templates = new TemplateStamps();
  }

  /**
   * A run's result, with the project it loaded: what the preview's quick path starts from; null after a one-shot
   * run, which drops it early.
   */
  record Run(LoadedProject project, Rendered rendered) {}

  /**
   * Load, validate, assemble and render the outputs of the given {@code timings}, handing each file to
   * {@code sink} as soon as it exists; {@code previous} gives the last build's files, for those that may be
   * reused (null: none); {@code keepFiles} is false when the files are dropped (a check).
   */
  Run render(Consumer<RenderedFile> sink, Function<String, byte[]> previous, boolean keepFiles,
      Set<Output.Timing> timings) throws InvalidInputException, IOException {
    return render(sink, previous, keepFiles, timings, null);
  }

  /**
   * Pages wanted before the others (the preview's open tabs): rendered right after assembly, before every
   * output starts, and handed to {@code ready} when they all rendered without a problem.
   */
  record FirstPages(Set<String> paths, Consumer<List<RenderedFile>> ready) {}

  /** As {@link #render(Consumer, Function, boolean, Set)}, rendering {@code first} (may be null) first. */
  Run render(Consumer<RenderedFile> sink, Function<String, byte[]> previous, boolean keepFiles,
      Set<Output.Timing> timings, FirstPages first) throws InvalidInputException, IOException {
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
    SiteModel model = SiteAssembler.assemble(site, project.staticFiles(), problems).only(options.edition());
    long assembled = System.nanoTime();
    failOn(problems);
    List<String> changedTemplates = templates.changed(project.templates());
    if (renderer == null || !changedTemplates.isEmpty()) {
      renderer = new PageRenderer(project.templateFolder(), project.templates(), options.fileLinks(),
          memos.pages());
      if (memos.pages() != null) {
        memos.pages().templatesChanged(changedTemplates);
      }
    }
    if (memos == Memos.NONE) {
      // a one-shot run never starts from it again: its parsed YAML and source positions (40 MB at 10,000
      // sessions) go while the pages render
      project = null;
    }
    if (first != null && !first.paths().isEmpty()) {
      Problems firstProblems = new Problems();  // the full pass finds them again and reports them
      List<RenderedFile> files = renderer.renderPages(model, first.paths(), firstProblems);
      if (!files.isEmpty() && firstProblems.isEmpty()) {
        first.ready().accept(files);
      }
    }
    progress.stage("rendering", model.pages().size());
    RenderRun run = new RenderRun(problems, progress, previous, keepFiles);
    // Every output starts at once, forked onto this worker's queue, and is joined newest first: this worker
    // takes the open data back from the top of its own queue while the others steal the oldest (photos, pages)
    // from the bottom, so both run side by side. Joining the pages first made this worker help with pages
    // only, and the open data waited for the last page (2 s more on a 2-core machine at S=1000).
    AtomicLong pagesRendered = new AtomicLong(assembled);
    List<Tasks.Background<Void>> running = new ArrayList<>();
    for (Output output : outputs()) {
      if (timings.contains(output.timing())) {
        running.add(Tasks.start(() -> {
          output.render(model, run, sink);
          if (output.timing() == Output.Timing.WITH_PAGES) {
            pagesRendered.accumulateAndGet(System.nanoTime(), Math::max);
          }
        }));
      }
    }
    for (int i = running.size() - 1; i >= 0; i--) {
      Tasks.join(running.get(i));
    }
    failOn(problems);
    int rendered = memos.pages() == null ? model.pages().size() : memos.pages().takeRenderedCount();
    long done = System.nanoTime();
    return new Run(project, new Rendered(site, model, rendered, (done - started) / 1_000_000,
        new Rendered.StageTimes(loaded - started, validated - loaded, assembled - validated,
            pagesRendered.get() - assembled, done - pagesRendered.get())));
  }

  /** The outputs the preview renders after reloading the tab, for the last run's site model. */
  void renderAfterPages(SiteModel model, Consumer<RenderedFile> sink) {
    RenderRun run = new RenderRun(new Problems(), new Progress(), null, true);
    outputs().stream().filter(output -> output.timing() == Output.Timing.AFTER_PAGES)
        .map(output -> Tasks.start(() -> output.render(model, run, sink))).toList().forEach(Tasks::join);
  }

  private List<Output> outputs() {
    return Outputs.all(renderer, memos.photos(), memos.openData(), memos.shareImages());
  }

  /** The pages of {@code model} that show the edited texts, rendered with them (needs an earlier run). */
  List<RenderedFile> renderEdited(SiteModel model, Map<String, String> bodies, Problems problems) {
    return renderer.renderEdited(model, bodies, problems);
  }

  static void failOn(Problems problems) throws InvalidInputException {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems.sorted());
    }
  }
}
