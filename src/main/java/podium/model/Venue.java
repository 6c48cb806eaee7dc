package podium.model;

/** Where an on-site edition takes place. */
public record Venue(Localized name, Localized address, String url) {}
