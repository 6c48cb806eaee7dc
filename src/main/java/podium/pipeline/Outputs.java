package podium.pipeline;

import java.util.List;
import podium.render.BrandStylesheets;
import podium.render.HostingTexts;
import podium.render.JsonFiles;
import podium.render.Output;
import podium.render.PageRenderer;
import podium.render.PhotoMemo;
import podium.render.PhotoScaler;
import podium.render.Sitemaps;
import podium.render.export.ExportRenderer;
import podium.render.export.NewsFeed;
import podium.render.export.ReleaseFeed;
import podium.render.export.OpenDataMemo;
import podium.render.export.ShareImageMemo;
import podium.render.export.ShareImages;

/**
 * The registry of outputs: every kind of file the site publishes, one line each. They all start together and
 * run side by side; the list is in the order they start, the longest first (photos take a decoding each,
 * pages are most of the work, the open data next), so the cores stay busy until the end.
 */
final class Outputs {
  private Outputs() {}

  /** Every output, with the preview's memos (nulls in a one-shot run) and the page renderer of the templates. */
  static List<Output> all(PageRenderer pages, PhotoMemo photos, OpenDataMemo openData, ShareImageMemo shareImages) {
    return List.of(
        new PhotoScaler(photos),
        pages,
        new BrandStylesheets(),
        new ExportRenderer(openData),
        new ShareImages(shareImages),
        new Sitemaps(),
        new ReleaseFeed(),
        new NewsFeed(),
        new JsonFiles(),
        new HostingTexts());
  }
}
