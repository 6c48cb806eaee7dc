package podium.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import podium.Minimal;
import podium.TestSite;

/** programme.json validates against the JSON Schema published beside it (draft-07, formats checked). */
class ProgrammeSchemaTest {
  @TempDir
  Path folder;

  @Test
  void everyProgrammeValidatesAgainstTheSchemaBesideIt() {
    TestSite.write(folder.resolve("minimal"), Minimal.ALL);
    TestSite.write(folder.resolve("tricky"), Tricky.ALL);
    TestSite.write(folder.resolve("stream"), FrabConsumersTest.MARKDOWN);
    int checked = 0;
    for (Path project : List.of(Path.of("."), folder.resolve("minimal"), folder.resolve("tricky"),
        folder.resolve("stream"))) {
      Map<String, byte[]> files = Exports.of(project);
      for (Map.Entry<String, byte[]> programme : Exports.ending(files, "/programme.json").entrySet()) {
        byte[] schema = files.get(programme.getKey().replace("programme.json", "programme.schema.json"));
        assertThat(schema).as("published beside " + programme.getKey()).isNotNull();
        assertThat(problems(schema, programme.getValue())).as(programme.getKey()).isEmpty();
        checked++;
      }
    }
    assertThat(checked).isEqualTo(15 + 2 + 2 + 2);
  }

  @Test
  void theSchemaRefusesAMissingKeyAWrongFormatAndAnUnknownKey() throws Exception {
    TestSite.write(folder, Minimal.ALL);
    Map<String, byte[]> files = Exports.of(folder);
    byte[] schema = files.get("demo/en/programme.schema.json");
    JsonNode programme = FrabSchemas.MAPPER.readTree(files.get("demo/en/programme.json"));
    ObjectNode missing = programme.deepCopy();
    missing.remove("rooms");
    ObjectNode wrongDate = programme.deepCopy();
    ((ObjectNode) wrongDate.get("sessions").get(0)).put("start", "2030-03-04 09:00");
    ObjectNode unknown = programme.deepCopy();
    unknown.put("extra", 1);
    ObjectNode unknownStatus = programme.deepCopy();
    ((ObjectNode) unknownStatus.get("sessions").get(0)).put("status", "postponed");
    for (JsonNode broken : List.of(missing, wrongDate, unknown, unknownStatus)) {
      assertThat(problems(schema, FrabSchemas.MAPPER.writeValueAsBytes(broken))).hasSize(1);
    }
  }

  static List<String> problems(byte[] schema, byte[] json) {
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
        .getSchema(new ByteArrayInputStream(schema), config);
    try {
      return validator.validate(FrabSchemas.MAPPER.readTree(json)).stream().map(ValidationMessage::getMessage)
          .toList();
    } catch (java.io.IOException e) {
      return List.of("not JSON: " + e.getMessage());
    }
  }
}
