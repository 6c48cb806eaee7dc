package podium.rules;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;

/**
 * Results worked out from a text, remembered by that text: one session description is asked for by its pages'
 * meta description, the search index, the structured data and every open-data file, in each language it is
 * shown in, and again by every rebuild of the preview while it is unchanged. Weak keys: an entry goes with the
 * last text that holds it (an edited description, a closed preview). The work is done outside the lock, so
 * threads never wait on each other's parse; two may do the same work once, with the same result.
 *
 * @param <V> the result; never one that holds its text, or the entry would never go
 */
public final class TextMemo<V> {
  private final Map<String, V> results = Collections.synchronizedMap(new WeakHashMap<>());
  private final Function<String, V> work;

  public TextMemo(Function<String, V> work) {
    this.work = work;
  }

  /** The result for {@code text} (not null; the work must not return null either). */
  public V of(String text) {
    V known = results.get(text);
    if (known == null) {
      known = work.apply(text);
      results.put(text, known);
    }
    return known;
  }
}
