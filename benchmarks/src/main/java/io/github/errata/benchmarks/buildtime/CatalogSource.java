package io.github.errata.benchmarks.buildtime;

/**
 * Writes a catalog of any size for the build-time measurement. Its errors cycle through the kinds
 * the sample has, and the argument types a catalog may use: two strings, none, one string that is
 * the whole detail, a UUID and an int, an enum with a double and a boolean, and a long with the
 * error's own link. Every error has Javadoc, as a real catalog's do.
 */
public final class CatalogSource {

  /** The catalog's package. */
  public static final String PACKAGE = "bench.catalog";

  /** The catalog's simple name; its stem is {@code Scale}. */
  public static final String NAME = "ScaleErrors";

  private CatalogSource() {}

  /** The source of a catalog of {@code errors} errors. */
  public static String of(int errors) {
    StringBuilder source = new StringBuilder()
        .append("package ").append(PACKAGE).append(";\n\n")
        .append("import io.github.errata.ApiError;\n")
        .append("import io.github.errata.ErrorCatalog;\n")
        .append("import java.util.UUID;\n\n")
        .append("/** A generated catalog of ").append(errors).append(" errors. */\n")
        .append("@ErrorCatalog(docs = \"https://errors.example.com/scale\")\n")
        .append("public interface ").append(NAME).append(" {\n\n")
        .append("  /** How a job ran. */\n")
        .append("  enum Mode { FAST, SLOW }\n");
    for (int i = 0; i < errors; i++) {
      source.append('\n');
      appendError(source, i);
    }
    return source.append("}\n").toString();
  }

  private static void appendError(StringBuilder source, int i) {
    int status = i % 5 == 4 ? 500 + i % 100 : 400 + i % 100;
    String head = "  @ApiError(status = " + status + ", title = \"Error number " + i + ".\"";
    switch (i % 6) {
      case 0 -> source
          .append("  /**\n   * The object asked for could not be found (").append(i).append(").\n   *\n")
          .append("   * @param objectType the object type asked for\n")
          .append("   * @param id the ID asked for\n   */\n")
          .append(head).append(", detail = \"No {objectType} found with ID: '{id}'\")\n")
          .append("  void objectNotFound").append(i).append("(String objectType, String id);\n");
      case 1 -> source
          .append("  /** The request was refused for now; retry later (").append(i).append("). */\n")
          .append(head).append(",\n      detail = \"Request rate limit exceeded. Try again later.\", retryable = true)\n")
          .append("  void tooManyRequests").append(i).append("();\n");
      case 2 -> source
          .append("  /**\n   * The request is not valid (").append(i).append(").\n   *\n")
          .append("   * @param problem what is wrong with it\n   */\n")
          .append(head).append(", detail = \"{problem}\")\n")
          .append("  void invalidRequest").append(i).append("(String problem);\n");
      case 3 -> source
          .append("  /**\n   * A job failed (").append(i).append(").\n   *\n")
          .append("   * @param job the job's ID\n")
          .append("   * @param attempts how often it was tried\n   */\n")
          .append(head).append(", detail = \"Job {job} failed after {attempts} attempts.\")\n")
          .append("  void jobFailed").append(i).append("(UUID job, int attempts);\n");
      case 4 -> source
          .append("  /**\n   * A job ran in the wrong mode (").append(i).append(").\n   *\n")
          .append("   * @param mode the mode it ran in\n")
          .append("   * @param ratio how far it got\n")
          .append("   * @param strict whether it was strict\n   */\n")
          .append(head).append(", detail = \"Mode {mode} at {ratio} (strict: {strict})\")\n")
          .append("  void wrongMode").append(i).append("(Mode mode, double ratio, boolean strict);\n");
      default -> source
          .append("  /**\n   * An upload was too large (").append(i).append(").\n   *\n")
          .append("   * @param bytes its size\n   */\n")
          .append(head).append(", detail = \"An upload of {bytes} bytes is too large.\",\n")
          .append("      see = \"https://errors.example.com/uploads#").append(i).append("\")\n")
          .append("  void uploadTooLarge").append(i).append("(long bytes);\n");
    }
  }
}
