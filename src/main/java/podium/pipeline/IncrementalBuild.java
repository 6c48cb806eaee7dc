package podium.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import podium.assemble.SiteModel;
import podium.diagnostic.InvalidInputException;
import podium.diagnostic.Problems;
import podium.diagnostic.Progress;
import podium.diagnostic.Tasks;
import podium.load.ChangedInputs;
import podium.load.FileMemo;
import podium.load.LoadedProject;
import podium.load.ProjectLoader;
import podium.render.Output;
import podium.render.PageRenderer;
import podium.render.RenderedFile;

/**
 * The preview's build, run again after every edit: it keeps what it read and rendered between runs (files,
 * pages, photos, open-data files, compiled templates) and redoes only what changed. Unlike a one-shot
 * {@link Build} it writes nothing, renders the open-data files after the pages ({@link #renderExports}), so an
 * edit reloads the tab without waiting for them, and has a quick path for edited Markdown texts
 * ({@link #renderEditedBodies}) and for edited templates ({@link #renderEditedTemplates}), and renders the pages
 * the open tabs show before the others. Its parallel work runs on the caller's {@code tasks}. Not thread-safe: the
 * preview runs one build at a time.
 */
public final class IncrementalBuild {
  private final Tasks tasks;
  private final BuildOptions options;
  private final ProjectLoader loader = new ProjectLoader(new FileMemo());
  private final Stages stages;
  /** The last good run, what the quick path starts from (null after a failed one). */
  private LoadedProject lastProject;
  private SiteModel lastModel;

  public IncrementalBuild(BuildOptions options, Tasks tasks) {
    this.tasks = tasks;
    this.options = options;
    this.stages = new Stages(options, new Progress(), loader, Stages.Memos.fresh());
  }

  /**
   * Load, validate, assemble and render the pages (not the open-data files), handing each file to {@code sink}
   * as soon as it exists.
   */
  public Rendered render(Consumer<RenderedFile> sink) throws InvalidInputException, IOException {
    return render(sink, Set.of(), files -> {});
  }

  /**
   * The same, rendering first the pages at {@code first} (output paths: those the open tabs show) and handing
   * them to {@code ready} (path → bytes) as soon as they are rendered, before any other page.
   */
  public Rendered render(Consumer<RenderedFile> sink, Set<String> first, Consumer<Map<String, byte[]>> ready)
      throws InvalidInputException, IOException {
    return render(sink, first, ready, null);
  }

  /**
   * The same after {@code changes}, what the preview's watcher saw change since the last run (null: unknown),
   * so that the load need not list every file again to find out.
   */
  public Rendered render(Consumer<RenderedFile> sink, Set<String> first, Consumer<Map<String, byte[]>> ready,
      ChangedInputs changes) throws InvalidInputException, IOException {
    lastProject = null;
    loader.expect(changes);
    Stages.FirstPages firstPages = new Stages.FirstPages(first, files -> ready.accept(
        files.stream().collect(java.util.stream.Collectors.toMap(RenderedFile::path, RenderedFile::bytes))));
    Stages.Run run = tasks.<Stages.Run, InvalidInputException, IOException>run(() ->
        stages.render(sink, null, true, EnumSet.of(Output.Timing.WITH_PAGES), firstPages));
    lastProject = run.project();
    lastModel = run.rendered().model();
    return run.rendered();
  }

  /**
   * The quick path: when only the text of Markdown pages changed since the last good build, the pages showing
   * it, rendered from that build's site model; null when anything else changed. A full {@link #render} must
   * follow, to update what depends on the text in other ways (translation status, open data).
   */
  public QuickRender renderEditedBodies(List<Path> changed) {
    Map<String, String> bodies = BodyEdits.find(lastProject, changed, loader);
    if (bodies == null) {
      return null;
    }
    Problems problems = new Problems();
    List<RenderedFile> files = tasks.run(() -> stages.renderEdited(lastModel, bodies, problems));
    return problems.isEmpty() ? new QuickRender(files, lastModel.pages().size()) : null;
  }

  /**
   * The quick path for templates: when only the text of existing templates changed since the last good build,
   * the pages at {@code shown} (those the open tabs show) rendered with the new templates from that build's
   * site model; null when anything else changed or no page is shown. A full {@link #render} must follow, to
   * render every other page using them.
   */
  public QuickRender renderEditedTemplates(List<Path> changed, Set<String> shown) {
    if (shown.isEmpty()) {
      return null;
    }
    Map<String, String> templates = TemplateEdits.find(lastProject, changed, loader);
    if (templates == null) {
      return null;
    }
    Problems problems = new Problems();
    PageRenderer renderer = new PageRenderer(lastProject.templateFolder(), templates, options.fileLinks(), null);
    List<RenderedFile> files = tasks.run(() -> renderer.renderPages(lastModel, shown, problems));
    return problems.isEmpty() && !files.isEmpty() ? new QuickRender(files, lastModel.pages().size()) : null;
  }

  /** The pages the quick path rendered, out of how many the site has. */
  public record QuickRender(List<RenderedFile> files, int pages) {}

  /**
   * The outputs no page shows (sitemaps, JSON files, hosting files, the open data of the editions that changed
   * since the last call): rendered after the pages, for whoever asks for them.
   */
  public void renderExports(Rendered rendered, Consumer<RenderedFile> sink) {
    tasks.run(() -> {
      stages.renderAfterPages(rendered.model(), sink);
      return null;
    });
  }
}
