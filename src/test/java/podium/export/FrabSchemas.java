package podium.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javax.xml.validation.Schema;
import podium.Xsd;

/**
 * The frab schemas, copied from ../shared/schemas/frab into the test resources (EUPL-1.2, licence beside
 * them) so that a clean clone validates offline.
 */
final class FrabSchemas {
  static final Schema XML = Xsd.load("/schemas/frab/schedule.xml.xsd");
  static final JsonSchema JSON = json();
  static final ObjectMapper MAPPER = new ObjectMapper();

  private FrabSchemas() {}

  /** Null when {@code xml} is a valid schedule.xml, else the first problem. */
  static String xmlProblem(byte[] xml) {
    return Xsd.problem(XML, xml);
  }

  /** Every way {@code json} breaks the schedule.json schema; empty when it is valid. */
  static List<String> jsonProblems(byte[] json) {
    try {
      return JSON.validate(MAPPER.readTree(json)).stream().map(ValidationMessage::getMessage).sorted().toList();
    } catch (IOException e) {
      return List.of("not JSON: " + e.getMessage());
    }
  }

  private static JsonSchema json() {
    try (InputStream schema = FrabSchemas.class.getResourceAsStream("/schemas/frab/schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V6).getSchema(schema);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
