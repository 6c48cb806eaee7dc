package podium.render;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import podium.assemble.HostingFiles;
import podium.assemble.SiteModel;

/**
 * The files hosts read ({@code _headers}, {@code _redirects}, {@code nginx.conf}, {@code .htaccess}), made by
 * {@link HostingFiles} from the site model. They describe the whole site from its root, so a build of one
 * edition, written into that edition's folder, has none.
 */
public final class HostingTexts implements Output {

  @Override
  public void render(SiteModel site, RenderRun run, Consumer<RenderedFile> sink) {
    if (site.whole()) {
      HostingFiles.of(site).forEach(file -> sink.accept(new RenderedFile(file.path(),
          file.content().getBytes(StandardCharsets.UTF_8))));
    }
  }
}
