package podium.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import podium.model.Localized;

/**
 * Rooms, tracks or types of an edition while a schedule joins them: each imported one is found among the
 * edition's by what sessions already matched say, by its guid, by its name in any language or by its id, and
 * otherwise added under a new id. Names in the schedule's language replace the old ones; the rest is kept.
 */
final class Names<T> {
  /** How an item is made from the old one (null for a new one), its id, its merged names and the imported one. */
  interface Maker<T> {
    T with(T old, String id, Localized name, Imported.Named imported, String language, List<String> order);
  }

  /** What {@link Names} needs of an item: its id, its names, and how to make the merged one. */
  record Shape<T>(java.util.function.Function<T, String> id, java.util.function.Function<T, Localized> name,
      Maker<T> maker) {
    T with(T old, String id, Localized name, Imported.Named imported, String language, List<String> order) {
      return maker.with(old, id, name, imported, language, order);
    }
  }

  private final Shape<T> shape;
  private final Map<String, T> items = new LinkedHashMap<>();
  private final Map<String, String> idOfKey = new LinkedHashMap<>();

  Names(List<T> existing, Shape<T> shape) {
    this.shape = shape;
    (existing == null ? List.<T>of() : existing).forEach(item -> items.put(shape.id().apply(item), item));
  }

  /** A session matched by guid or id says which of ours the schedule's name means. */
  void learn(String key, String id) {
    if (key != null && id != null && items.containsKey(id)) {
      idOfKey.putIfAbsent(key, id);
    }
  }

  void add(Imported.Named named, BiFunction<String, String, Boolean> guidMatches, String language,
      List<String> order) {
    String id = idOfKey.get(named.key());
    for (String candidate : items.keySet()) {
      if (id == null && named.guid() != null && guidMatches.apply(candidate, named.guid())) {
        id = candidate;
      }
    }
    for (Map.Entry<String, T> item : items.entrySet()) {
      Localized name = shape.name().apply(item.getValue());
      if (id == null && name != null && name.texts().containsValue(named.name())) {
        id = item.getKey();
      }
    }
    if (id == null && named.id() != null && items.containsKey(named.id()) && !idOfKey.containsValue(named.id())) {
      id = named.id();
    }
    if (id == null) {
      id = Slugs.unique(named.id() != null ? named.id() : "item", Set.copyOf(items.keySet()));
    }
    T old = items.get(id);
    Localized name = Texts.put(old == null ? null : shape.name().apply(old), language, named.name(), order);
    items.put(id, shape.with(old, id, name, named, language, order));
    idOfKey.put(named.key(), id);
  }

  String idOf(String key) {
    return key == null ? null : idOfKey.get(key);
  }

  List<T> all() {
    return new ArrayList<>(items.values());
  }
}
