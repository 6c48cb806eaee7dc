package podium.model;

/** A room or stream; {@code floor} and {@code stream} are optional. */
public record Room(String id, Localized name, Localized floor, String stream) {}
