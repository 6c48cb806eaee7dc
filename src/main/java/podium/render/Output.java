package podium.render;

import java.util.function.Consumer;
import podium.assemble.SiteModel;

/**
 * One kind of file the site publishes: pages, scaled photos, sitemaps, hosting files, the open data. Each reads
 * the assembled {@link SiteModel} (its pages, routes and site) and hands its files to a sink as it makes them;
 * the pipeline runs every registered output side by side and the write stage takes their files alike. Adding a
 * kind of file is one implementation and one line in the pipeline's registry.
 */
public interface Output {

  /** When the preview needs the files: before it reloads the tab (what pages show), or any time after. */
  enum Timing { WITH_PAGES, AFTER_PAGES }

  /** Files only some pages' readers fetch (sitemaps, open data) wait until the preview has reloaded the tab. */
  default Timing timing() {
    return Timing.AFTER_PAGES;
  }

  /**
   * Every file of this output for {@code site}, each handed to {@code sink} as soon as it is made (from any
   * thread), problems added to the run's; an output keeps no file it has handed over, so a build holds none in
   * memory.
   */
  void render(SiteModel site, RenderRun run, Consumer<RenderedFile> sink);
}
