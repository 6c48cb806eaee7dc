package podium.model;

/**
 * Markdown text and the project-relative file it came from, where it starts at line {@code bodyLine} (after the
 * page's header); turned into HTML only when rendered.
 */
public record Markdown(String sourcePath, String text, int bodyLine) {}
