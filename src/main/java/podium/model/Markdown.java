package podium.model;

/**
 * Markdown text and the project-relative file it came from; turned into HTML only when rendered.
 * {@code firstLine} is the file line the text starts on (after its header), so problems found while rendering
 * point into the file.
 */
public record Markdown(String sourcePath, String text, int firstLine) {}
