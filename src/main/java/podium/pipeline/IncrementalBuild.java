package podium.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import podium.assemble.SiteModel;
import podium.diagnostic.InvalidInputException;
import podium.diagnostic.Problems;
import podium.diagnostic.Progress;
import podium.diagnostic.Tasks;
import podium.load.FileMemo;
import podium.load.LoadedProject;
import podium.load.ProjectLoader;
import podium.render.Output;
import podium.render.RenderedFile;

/**
 * The preview's build, run again after every edit: it keeps what it read and rendered between runs (files,
 * pages, photos, open-data files, compiled templates) and redoes only what changed. Unlike a one-shot
 * {@link Build} it writes nothing, renders the open-data files after the pages ({@link #renderExports}), so an
 * edit reloads the tab without waiting for them, and has a quick path for edited Markdown texts
 * ({@link #renderEditedBodies}). Its parallel work runs on the caller's {@code tasks}. Not thread-safe: the
 * preview runs one build at a time.
 */
public final class IncrementalBuild {
  private final Tasks tasks;
  private final ProjectLoader loader = new ProjectLoader(new FileMemo());
  private final Stages stages;
  /** The last good run, what the quick path starts from (null after a failed one). */
  private LoadedProject lastProject;
  private SiteModel lastModel;

  public IncrementalBuild(BuildOptions options, Tasks tasks) {
    this.tasks = tasks;
    this.stages = new Stages(options, new Progress(), loader, Stages.Memos.fresh());
  }

  /**
   * Load, validate, assemble and render the pages (not the open-data files), handing each file to {@code sink}
   * as soon as it exists.
   */
  public Rendered render(Consumer<RenderedFile> sink) throws InvalidInputException, IOException {
    lastProject = null;
    Stages.Run run = tasks.<Stages.Run, InvalidInputException, IOException>run(() ->
        stages.render(sink, null, true, EnumSet.of(Output.Timing.WITH_PAGES)));
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
