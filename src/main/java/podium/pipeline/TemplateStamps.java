package podium.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which templates changed since the last look: templates are compiled once and kept until one changes. Compares
 * the texts the load stage read (an unchanged file is the same remembered text), so the folder is not read again.
 */
final class TemplateStamps {
  private Map<String, String> seen = Map.of();

  /** The names of templates added, changed or removed since the last call (all of them on the first). */
  List<String> changed(Map<String, String> now) {
    List<String> changed = new ArrayList<>();
    now.forEach((name, text) -> {
      if (!Objects.equals(text, seen.get(name))) {
        changed.add(name);
      }
    });
    seen.keySet().stream().filter(name -> !now.containsKey(name)).forEach(changed::add);
    seen = now;
    return changed;
  }
}
