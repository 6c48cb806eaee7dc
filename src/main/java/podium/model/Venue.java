package podium.model;

/**
 * Where an on-site edition takes place; {@code access} tells how to get there and in (may be empty);
 * {@code lat} and {@code lon} are null when the coordinates are not given.
 */
public record Venue(Localized name, Localized address, String url, Localized access, Double lat, Double lon) {}
