package podium.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import podium.diagnostic.Position;
import podium.diagnostic.Problems;
import podium.model.Localized;

/**
 * Binds YAML text to typed records. Only our record types can be built: YAML tags never name Java classes
 * here, aliases are capped against "billion laughs", and every unknown key and bad value is reported, not
 * just the first.
 */
public final class YamlBinder {
  private final ObjectMapper mapper;
  private final TypeErrors typeErrors;

  public YamlBinder() {
    LoaderOptions limits = new LoaderOptions();
    limits.setMaxAliasesForCollections(20);
    limits.setAllowDuplicateKeys(false);
    limits.setCodePointLimit(16 * 1024 * 1024);
    YAMLFactory yaml = YAMLFactory.builder()
        .loaderOptions(limits)
        // one level more than the scan allows, so that the scan, which knows where it is, reports it
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(SourceScan.MAX_DEPTH + 1).build())
        .build();
    yaml.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    mapper = new ObjectMapper(yaml)
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .registerModule(new SimpleModule().addDeserializer(Localized.class, new LocalizedDeserializer()));
    typeErrors = new TypeErrors(mapper);
  }

  public TypeFactory types() {
    return mapper.getTypeFactory();
  }

  /**
   * Reads {@code text} (found in {@code path}, starting at line {@code lineOffset + 1}) as {@code type}.
   * Returns null when the document is empty or has problems; the problems are reported.
   */
  public <T> Parsed<T> read(String path, String text, JavaType type, int lineOffset, Problems problems) {
    if (text == null) {
      return null;
    }
    SourceMap positions;
    SourceScan scan;
    if (!ControlCharacterScan.reportRaw(text, path, lineOffset, problems)) {
      return null; // SnakeYAML would only repeat it, less clearly
    }
    try {
      scan = SourceScan.of(mapper.getFactory(), text, lineOffset);
      if (scan.secondDocument() != null) {
        problems.error(path, scan.secondDocument(), "invalid YAML: a file may hold only one document",
            "remove the --- line");
        return null;
      }
      if (scan.tooDeep() != null) {
        problems.error(path, scan.tooDeep(), "YAML nested more than " + SourceScan.MAX_DEPTH + " levels deep",
            "mappings and lists may nest up to " + SourceScan.MAX_DEPTH + " levels");
        return null;
      }
      positions = scan.positions();
      for (SourceScan.Scalar scalar : scan.controlled()) {
        ControlCharacterScan.reportEscaped(text, scalar.start(), scalar.value(), path, lineOffset, problems);
      }
      if (!scan.controlled().isEmpty()) {
        return null; // its values would carry the characters into every later message that quotes them
      }
    } catch (JsonProcessingException e) {
      YamlErrors.reportSyntax(e, path, text, lineOffset, problems);
      return null;
    } catch (IOException e) {
      problems.error(path, Position.START, "cannot read file: " + e.getMessage());
      return null;
    }
    if (positions.positions().isEmpty()) {
      return new Parsed<>(path, null, positions);
    }
    UnknownKeys unknownKeys = new UnknownKeys(path, positions);
    ObjectReader reader = mapper.readerFor(type).withHandler(unknownKeys);
    // bound from the tokens of the first pass: the text is parsed once
    try (JsonParser tokens = scan.tokens().asParser(mapper)) {
      T value = reader.readValue(tokens);
      unknownKeys.found().sorted().forEach(problems::add);
      return unknownKeys.found().isEmpty() ? new Parsed<>(path, value, positions) : null;
    } catch (JsonProcessingException e) {
      if (!reportAll(() -> mapper.readTree(scan.tokens().asParser(mapper)), type, path, text, positions, problems)) {
        unknownKeys.found().sorted().forEach(problems::add);
        YamlErrors.reportBinding(e, path, text, positions, problems);
      }
      return null;
    } catch (IOException e) {
      problems.error(path, Position.START, "cannot read file: " + e.getMessage());
      return null;
    }
  }

  public <T> Parsed<T> read(String path, String text, Class<T> type, int lineOffset, Problems problems) {
    return read(path, text, types().constructType(type), lineOffset, problems);
  }

  /**
   * Binds values that did not come from YAML text (a JBake header) to {@code type}, reporting unknown keys
   * and bad values at the positions {@code positions} gives for them.
   */
  public <T> T bind(String path, Map<String, Object> values, Class<T> type, SourceMap positions,
      Problems problems) {
    try {
      return mapper.convertValue(values, type);
    } catch (IllegalArgumentException e) {
      if (!reportAll(() -> mapper.valueToTree(values), types().constructType(type), path, null, positions,
          problems)) {
        problems.error(path, positions.at(""), "invalid header: " + e.getMessage());
      }
      return null;
    }
  }

  /** A document's values as a tree, for {@link TypeErrors}. */
  private interface Tree {
    JsonNode read() throws IOException;
  }

  /**
   * After a failed binding: every bad value and unknown key of the document, each where it is written. False if
   * none was found (nor reported), so the binding's own exception should be.
   */
  private boolean reportAll(Tree document, JavaType type, String path, String text, SourceMap positions,
      Problems problems) {
    try {
      return typeErrors.walk(document.read(), type, new TypeErrors.Found() {
        @Override
        public void badValue(JsonMappingException failure) {
          YamlErrors.reportBinding(failure, path, text, positions, problems);
        }

        @Override
        public void unknownKey(String pointer, String key, List<String> known) {
          UnknownKeys.report(path, positions, pointer, key, known, problems);
        }
      });
    } catch (IOException e) {
      return false;
    }
  }
}
