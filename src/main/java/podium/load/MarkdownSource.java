package podium.load;

/**
 * A Markdown file under {@code content/<edition>/<language>/}: {@code id} is its path below the language folder
 * without {@code .md} (the key that links translations); {@code bodyLine} is the file line where the body starts.
 */
public record MarkdownSource(
    String path,
    String edition,
    String language,
    String id,
    FrontMatter frontMatter,
    SourceMap frontMatterPositions,
    String body,
    int bodyLine) {}
