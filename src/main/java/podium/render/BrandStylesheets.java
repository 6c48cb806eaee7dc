package podium.render;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import podium.assemble.BrandFiles;
import podium.assemble.SiteModel;

/**
 * Each built edition's brand stylesheet (and the editions index's, for the whole site): the CSS custom
 * properties {@link BrandFiles} works out from the brand, published under a name carrying their hash.
 */
public final class BrandStylesheets implements Output {

  /** Every page links its edition's stylesheet: the preview reloads the tab with it in place. */
  @Override
  public Timing timing() {
    return Timing.WITH_PAGES;
  }

  @Override
  public void render(SiteModel site, RenderRun run, Consumer<RenderedFile> sink) {
    BrandFiles.stylesheets(site).forEach(sheet -> sink.accept(new RenderedFile(sheet.path(),
        sheet.css().getBytes(StandardCharsets.UTF_8))));
  }
}
