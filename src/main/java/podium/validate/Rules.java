package podium.validate;

/**
 * How strict validation is: {@code includeDrafts} keeps drafts (the preview shows them), {@code strict} turns
 * missing and outdated translations into errors (for a release).
 */
public record Rules(boolean includeDrafts, boolean strict) {}
