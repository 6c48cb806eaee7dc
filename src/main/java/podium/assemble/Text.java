package podium.assemble;

/**
 * A text shown on a page; {@code language} is set only when it differs from the page's language (a fallback
 * or a text in the language a session is held in), so templates mark it with a {@code lang} attribute.
 */
public record Text(String value, String language) {
  public static final Text NONE = new Text(null, null);

  public boolean present() {
    return value != null && !value.isBlank();
  }

  @Override
  public String toString() {
    return value == null ? "" : value;
  }
}
