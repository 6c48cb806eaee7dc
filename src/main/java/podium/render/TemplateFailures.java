package podium.render;

import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNotFoundException;
import java.nio.file.Path;
import podium.diagnostic.Position;
import podium.diagnostic.Problems;

/**
 * Turns a page's failure to render into a problem located in the template that failed, never in the page: a
 * syntax error, a missing value, a missing template, and templates that call each other without end (the stack
 * runs out; no Java trace reaches the editor).
 */
final class TemplateFailures {
  private final Path templateFolder;

  TemplateFailures(Path templateFolder) {
    this.templateFolder = templateFolder;
  }

  /**
   * Thrown from a template function whose problem is already reported in the file it is about (a Markdown text
   * too deeply nested): the page stops rendering, and nothing is blamed on the template.
   */
  static final class AlreadyReported extends TemplateModelException {
    AlreadyReported() {
      super("reported already");
    }
  }

  /** Reports why {@code template} failed to render: {@code failure} is what FreeMarker threw. */
  void report(Throwable failure, String template, Problems problems) {
    if (failure instanceof StackOverflowError) {
      problems.error(path(template), Position.START, "template failed: calls nested too deeply",
          "a macro, function or include that calls itself needs a way to stop");
    } else if (alreadyReported(failure)) {
      return;
    } else if (failure instanceof ParseException parse) {
      syntax(parse, problems);
    } else if (failure instanceof TemplateException e) {
      evaluation(e, problems);
    } else if (failure instanceof TemplateNotFoundException) {
      // a project that copied templates/ before a kind of page was added (news.ftlh) lacks its template
      problems.error(path(template), Position.START, "template is missing",
          "every kind of page needs its template in templates/: copy " + template + " from Podium's templates/");
    } else if (failure.getCause() instanceof ParseException parse) {
      // FreeMarker remembers a failed parse and says only that on later attempts: report the parse error.
      syntax(parse, problems);
    } else {
      problems.error(path(template), Position.START, "cannot render: " + failure.getMessage(), null);
    }
  }

  private void syntax(ParseException parse, Problems problems) {
    problems.error(path(parse.getTemplateName()), new Position(parse.getLineNumber(), parse.getColumnNumber()),
        "template syntax: " + parse.getEditorMessage(), null);
  }

  private void evaluation(TemplateException e, Problems problems) {
    String blamed = e.getBlamedExpressionString();
    boolean missing = blamed != null && e instanceof InvalidReferenceException;
    // the ${x!} advice fits an interpolation only, not a macro call
    boolean interpolation = missing && String.valueOf(e.getFTLInstructionStack()).contains("${");
    problems.error(path(e.getTemplateSourceName()),
        new Position(lineOf(e.getLineNumber()), lineOf(e.getColumnNumber())),
        missing ? "template failed: '" + blamed + "' is missing or null"
            : "template failed: " + firstLine(e.getMessageWithoutStackTop()),
        interpolation ? "write ${" + blamed + "!} for an optional value" : null);
  }

  private static boolean alreadyReported(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof AlreadyReported) {
        return true;
      }
    }
    return false;
  }

  private String path(String name) {
    return templateFolder.getFileName() + "/" + (name == null ? "?" : name);
  }

  private static final java.util.regex.Pattern LOOKUP_CONDITION =
      java.util.regex.Pattern.compile(" and custom lookup condition \"[^\"\n]*\"");

  private static int lineOf(Integer number) {
    return number == null ? 1 : number;
  }

  /**
   * The message's first line, and the next one when the first only announces it ("…failed:"), without the
   * edition FreeMarker names as its lookup condition: template overrides are our mechanism, not the editor's.
   */
  private static String firstLine(String message) {
    String[] lines = LOOKUP_CONDITION.matcher(message.strip()).replaceAll("").split("\n");
    String first = lines[0].strip();
    return first.endsWith(":") && lines.length > 1 && !lines[1].strip().startsWith("==>")
        ? first + " " + lines[1].strip() : first;
  }
}
