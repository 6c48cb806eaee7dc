package podium.model;

/** A link attached to a session: slides, video, report. */
public record Link(Localized title, String url) {}
