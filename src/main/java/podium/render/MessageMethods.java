package podium.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import podium.rules.IcuMessages;
import podium.rules.MessageParts;

/**
 * The templates' two ways to an interface string that has numbers in it: {@code msg("sessions_count", 3)}
 * formats it here ("3 sessions"; a single number is the {@code count}, otherwise name/value pairs:
 * {@code msg("results_count", "shown", 1, "total", 27)}), and {@code msgData("results_count")} gives its pieces
 * as JSON for a {@code data-message} attribute, where a script formats it with the browser's plural rules.
 * The strings were checked by the validate stage, so a failure here is a template naming a missing key.
 */
final class MessageMethods {
  private static final ObjectMapper JSON = new ObjectMapper();

  private MessageMethods() {}

  static TemplateMethodModelEx format(String language, Map<String, String> strings) {
    return arguments -> {
      String text = string(strings, arguments);
      Map<String, Object> values = new LinkedHashMap<>();
      if (arguments.size() == 2) {
        values.put("count", unwrap(arguments.get(1)));
      } else {
        for (int i = 1; i + 1 < arguments.size(); i += 2) {
          values.put(String.valueOf(unwrap(arguments.get(i))), unwrap(arguments.get(i + 1)));
        }
      }
      return IcuMessages.format(text, language, values);
    };
  }

  static TemplateMethodModelEx data(Map<String, String> strings) {
    return arguments -> {
      try {
        return JSON.writeValueAsString(MessageParts.of(string(strings, arguments)));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("lists of strings and maps always serialize", e);
      }
    };
  }

  private static String string(Map<String, String> strings, List<?> arguments) throws TemplateModelException {
    String key = arguments.isEmpty() ? null : String.valueOf(unwrap(arguments.get(0)));
    String text = key == null ? null : strings.get(key);
    if (text == null) {
      throw new TemplateModelException("no interface string '" + key + "'");
    }
    return text;
  }

  private static Object unwrap(Object argument) throws TemplateModelException {
    return DeepUnwrap.unwrap((TemplateModel) argument);
  }
}
