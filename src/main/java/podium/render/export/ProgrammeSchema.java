package podium.render.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import podium.render.RenderedFile;

/**
 * The JSON Schema of programme.json ({@code podium-programme/1}), published beside each programme.json so that
 * others can check what they build on; the tests validate every programme.json against this very file.
 */
final class ProgrammeSchema {
  private static final byte[] SCHEMA = load();

  private ProgrammeSchema() {}

  static RenderedFile render(ExportView view) {
    return new RenderedFile(view.routes.programmeSchema(view.language), SCHEMA.clone());
  }

  private static byte[] load() {
    try (InputStream in = ProgrammeSchema.class.getResourceAsStream("/podium/programme.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("programme.schema.json is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
