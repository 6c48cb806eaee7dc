package podium.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.function.Consumer;
import podium.assemble.SiteModel;

/** Serializes the site model's JSON files: records in declaration order, indented, one trailing newline. */
public final class JsonFiles implements Output {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public void render(SiteModel site, RenderRun run, Consumer<RenderedFile> sink) {
    site.json().forEach(file -> sink.accept(render(file)));
  }

  static RenderedFile render(SiteModel.JsonFile file) {
    return new RenderedFile(file.path(), JsonOut.bytes(JSON, file.content()));
  }
}
