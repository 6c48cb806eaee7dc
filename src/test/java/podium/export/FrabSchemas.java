package podium.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javax.xml.validation.Schema;
import podium.Xsd;

/**
 * The frab schemas (schema2.json: the multilingual draft), copied from ../shared/schemas/frab into the test resources (EUPL-1.2, licence beside
 * them) so that a clean clone validates offline.
 */
final class FrabSchemas {
  static final Schema XML = Xsd.load("/schemas/frab/schedule.xml.xsd");
  static final JsonSchema JSON = json("/schemas/frab/schema.json");
  static final JsonSchema JSON2 = json("/schemas/frab/schema2.json");
  static final ObjectMapper MAPPER = new ObjectMapper();

  private FrabSchemas() {}

  /** Null when {@code xml} is a valid schedule.xml, else the first problem. */
  static String xmlProblem(byte[] xml) {
    return Xsd.problem(XML, xml);
  }

  /** Every way {@code json} breaks the schedule.json schema; empty when it is valid. */
  static List<String> jsonProblems(byte[] json) {
    return problems(JSON, json);
  }

  /** Every way {@code json} breaks the multilingual schedule2 schema; empty when it is valid. */
  static List<String> json2Problems(byte[] json) {
    return problems(JSON2, json);
  }

  /** Every way {@code json} breaks {@code schema}, formats (date-time, uri, uuid…) included. */
  static List<String> problems(JsonSchema schema, byte[] json) {
    try {
      return schema.validate(MAPPER.readTree(json)).stream().map(ValidationMessage::getMessage).sorted().toList();
    } catch (IOException e) {
      return List.of("not JSON: " + e.getMessage());
    }
  }

  /** A JSON schema from the test resources, with format checking on: a "date-time" that is a date fails. */
  static JsonSchema json(String resource) {
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    try (InputStream schema = FrabSchemas.class.getResourceAsStream(resource)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V6).getSchema(schema, config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
