package podium.model;

/** Markdown text and the project-relative file it came from; turned into HTML only when rendered. */
public record Markdown(String sourcePath, String text) {}
