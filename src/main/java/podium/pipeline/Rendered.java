package podium.pipeline;

import podium.assemble.SiteModel;
import podium.model.Site;

/** What was rendered: the site, its model, how many pages were rendered anew (not reused), and times. */
public record Rendered(Site site, SiteModel model, int renderedPages, long millis, Rendered.StageTimes stages) {

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
