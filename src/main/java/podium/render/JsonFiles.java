package podium.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import podium.assemble.SiteModel;

/** Serializes the site model's JSON files: records in declaration order, indented, one trailing newline. */
final class JsonFiles {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonFiles() {}

  static List<RenderedFile> render(SiteModel site) {
    return site.json().stream().map(JsonFiles::render).toList();
  }

  static RenderedFile render(SiteModel.JsonFile file) {
    try {
      return new RenderedFile(file.path(), (JSON.writeValueAsString(file.content()) + "\n").getBytes(
          java.nio.charset.StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("records of the site model always serialize", e);
    }
  }
}
