package podium.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import podium.model.Localized;

/** Reads a text written once ({@code name: Auditorium}) or per language ({@code name: {fr: …, de: …}}). */
final class LocalizedDeserializer extends StdDeserializer<Localized> {
  LocalizedDeserializer() {
    super(Localized.class);
  }

  @Override
  public Localized deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    JsonToken token = parser.currentToken();
    if (token.isScalarValue()) {
      return Localized.everywhere(parser.getValueAsString());
    }
    if (token != JsonToken.START_OBJECT) {
      return (Localized) context.handleUnexpectedToken(Localized.class, parser);
    }
    Map<String, String> texts = new LinkedHashMap<>();
    for (String language = parser.nextFieldName(); language != null; language = parser.nextFieldName()) {
      JsonToken value = parser.nextToken();
      if (!value.isScalarValue()) {
        return (Localized) context.handleUnexpectedToken(String.class, parser);
      }
      texts.put(language, parser.getValueAsString());
    }
    return new Localized(texts);
  }
}
