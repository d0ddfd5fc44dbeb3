package io.github.errata.processor.compat;

import io.github.errata.processor.compat.Members.InvalidShape;
import io.github.errata.processor.internal.json.JsonText;
import io.github.errata.processor.internal.json.JsonText.Inline;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The two files of a catalog's baseline, {@code Q.api.json} (the catalog as its clients know it)
 * and {@code Q.accepted.json} (its acknowledged breaks), in the format that docs/compatibility.md
 * describes: written in a stable order, so that a diff reads well in review, and read back
 * strictly, so that a damaged or foreign file is a clear error rather than a silent pass.
 */
public final class BaselineFiles {

  /** The version of the format written, and the only one read. */
  public static final int FORMAT_VERSION = 1;

  private static final Comparator<Acknowledgement> ACKNOWLEDGEMENT_ORDER =
      Comparator.comparing(Acknowledgement::element)
          .thenComparing(a -> a.kind().id())
          .thenComparing(Acknowledgement::change);

  private BaselineFiles() {}

  /** The name of the catalog's baseline file: {@code com.example.JourneyErrors.api.json}. */
  public static String baselineFileName(String qualifiedName) {
    return qualifiedName + ".api.json";
  }

  /** The name of the catalog's acknowledgements file: {@code com.example.JourneyErrors.accepted.json}. */
  public static String acceptedFileName(String qualifiedName) {
    return qualifiedName + ".accepted.json";
  }

  /** The text of {@code Q.api.json}: errors sorted by type, retired types sorted. */
  public static String writeBaseline(CatalogDescription catalog) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("formatVersion", FORMAT_VERSION);
    json.put("catalog", catalog.qualifiedName());
    json.put("stem", catalog.stem());
    json.put("wire", catalog.wire());
    List<Object> errors = new ArrayList<>();
    catalog.errors().stream().sorted(Comparator.comparing(ErrorDescription::type))
        .forEach(error -> errors.add(error(error)));
    json.put("errors", errors);
    json.put("retiredTypes", new ArrayList<Object>(catalog.retiredTypes()));
    return JsonText.write(json, 2) + "\n";
  }

  private static Map<String, Object> error(ErrorDescription error) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("type", error.type());
    json.put("method", error.method());
    json.put("status", error.status());
    json.put("retryable", error.retryable());
    List<Object> parameters = new ArrayList<>();
    for (ParameterDescription parameter : error.parameters()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("name", parameter.name());
      p.put("type", parameter.type());
      parameters.add(new Inline(p));
    }
    json.put("parameters", parameters);
    json.put("detail", error.detail());
    json.put("title", error.title());
    json.put("link", error.link());
    json.put("stackTrace", error.stackTrace());
    json.put("example", new Inline(new ArrayList<Object>(error.example())));
    json.put("description", error.description());
    return json;
  }

  /** The text of {@code Q.accepted.json}: acknowledgements sorted by element, kind and change. */
  public static String writeAccepted(String qualifiedName, List<Acknowledgement> accepted) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("formatVersion", FORMAT_VERSION);
    json.put("catalog", qualifiedName);
    List<Object> entries = new ArrayList<>();
    accepted.stream().sorted(ACKNOWLEDGEMENT_ORDER).forEach(a -> {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("kind", a.kind().id());
      entry.put("element", a.element());
      entry.put("change", a.change());
      entry.put("reason", a.reason());
      entries.add(entry);
    });
    json.put("accepted", entries);
    return JsonText.write(json, 2) + "\n";
  }

  /** Reads the text of a {@code Q.api.json} file; {@code fileName} names it in errors. */
  public static CatalogDescription readBaseline(String fileName, String text)
      throws BaselineFileException {
    try {
      Members json = versioned(fileName, text);
      String catalog = json.string("catalog");
      String stem = json.string("stem");
      String wire = json.string("wire");
      List<ErrorDescription> errors = new ArrayList<>();
      for (Members error : json.objects("errors")) {
        errors.add(readError(error));
      }
      List<String> retired = json.strings("retiredTypes");
      json.finish();
      return new CatalogDescription(catalog, stem, wire, errors, retired);
    } catch (InvalidShape | IllegalArgumentException e) {
      // The records refuse what a catalog cannot be (two errors of one type, say).
      throw invalid(fileName, e);
    }
  }

  private static ErrorDescription readError(Members json) throws InvalidShape {
    String type = json.string("type");
    String method = json.string("method");
    int status = json.integer("status");
    boolean retryable = json.bool("retryable");
    List<ParameterDescription> parameters = new ArrayList<>();
    for (Members parameter : json.objects("parameters")) {
      parameters.add(new ParameterDescription(parameter.string("name"), parameter.string("type")));
      parameter.finish();
    }
    String detail = json.string("detail");
    String title = json.string("title");
    String link = json.string("link");
    String stackTrace = json.string("stackTrace");
    List<String> example = json.strings("example");
    String description = json.string("description");
    json.finish();
    return new ErrorDescription(method, type, status, retryable, parameters, detail, title, link,
        description, stackTrace, example);
  }

  /**
   * Reads the text of a {@code Q.accepted.json} file, which must acknowledge breaks of the catalog
   * {@code qualifiedName}; {@code fileName} names it in errors.
   */
  public static List<Acknowledgement> readAccepted(String fileName, String text, String qualifiedName)
      throws BaselineFileException {
    try {
      Members json = versioned(fileName, text);
      String catalog = json.string("catalog");
      if (!catalog.equals(qualifiedName)) {
        throw new InvalidShape("it acknowledges breaks of " + catalog + ", not of " + qualifiedName);
      }
      List<Acknowledgement> accepted = new ArrayList<>();
      Set<List<String>> seen = new HashSet<>();
      for (Members entry : json.objects("accepted")) {
        String id = entry.string("kind");
        ChangeKind kind = ChangeKind.byId(id)
            .filter(k -> k.verdict() == Verdict.BREAK)
            .orElseThrow(() -> new InvalidShape("\"" + id + "\" is not a kind of break"));
        Acknowledgement acknowledgement = new Acknowledgement(kind, entry.string("element"),
            entry.string("change"), entry.string("reason"));
        entry.finish();
        if (!seen.add(List.of(id, acknowledgement.element(), acknowledgement.change()))) {
          throw new InvalidShape("the break " + id + " of " + acknowledgement.element()
              + " is acknowledged twice");
        }
        accepted.add(acknowledgement);
      }
      json.finish();
      return List.copyOf(accepted);
    } catch (InvalidShape e) {
      throw invalid(fileName, e);
    }
  }

  /**
   * The file's top-level members, once its format version is known to be the one read: a file of
   * another version is refused before its shape is judged, since that shape may differ.
   */
  private static Members versioned(String fileName, String text)
      throws BaselineFileException, InvalidShape {
    Object value;
    try {
      value = JsonReader.read(text);
    } catch (JsonReader.JsonException e) {
      throw new BaselineFileException(fileName + " is not valid JSON (" + e.getMessage()
          + "); repair it, or restore it from version control");
    }
    Members json = Members.of(value, "");
    if (!json.has("formatVersion")) {
      throw new BaselineFileException(fileName + " has no \"formatVersion\", so it is not an errata"
          + " baseline file; restore it from version control, or remove it and run "
          + CompatibilityCheck.UPDATE_COMMAND);
    }
    Object version = ((Map<?, ?>) value).get("formatVersion");
    if (!(version instanceof BigDecimal number) || number.compareTo(BigDecimal.valueOf(FORMAT_VERSION)) != 0) {
      throw new BaselineFileException(fileName + " is of format version " + version
          + ", and this errata reads version " + FORMAT_VERSION + " only; use the errata that wrote"
          + " it, or remove it and run " + CompatibilityCheck.UPDATE_COMMAND);
    }
    json.integer("formatVersion");
    return json;
  }

  private static BaselineFileException invalid(String fileName, Exception e) {
    return new BaselineFileException(fileName + " is not a valid errata baseline file of format version "
        + FORMAT_VERSION + ": " + e.getMessage() + "; repair it, or restore it from version control");
  }

  /**
   * Reads the catalog's baseline from the directory: empty where there is none. Its catalog must
   * be the one the file is named after.
   */
  public static Optional<CatalogDescription> readBaseline(Path directory, String qualifiedName)
      throws BaselineFileException {
    String name = baselineFileName(qualifiedName);
    Optional<String> text = readText(directory.resolve(name));
    if (text.isEmpty()) {
      return Optional.empty();
    }
    CatalogDescription baseline = readBaseline(name, text.get());
    if (!baseline.qualifiedName().equals(qualifiedName)) {
      throw new BaselineFileException(name + " holds the baseline of " + baseline.qualifiedName()
          + ", not of " + qualifiedName + "; a baseline file is named after its catalog");
    }
    return Optional.of(baseline);
  }

  /** Reads the catalog's acknowledgements from the directory: none where there is no file. */
  public static List<Acknowledgement> readAccepted(Path directory, String qualifiedName)
      throws BaselineFileException {
    String name = acceptedFileName(qualifiedName);
    Optional<String> text = readText(directory.resolve(name));
    return text.isEmpty() ? List.of() : readAccepted(name, text.get(), qualifiedName);
  }

  /** Writes the catalog's baseline into the directory, which is made if need be. */
  public static void writeBaseline(Path directory, CatalogDescription catalog) throws IOException {
    Files.createDirectories(directory);
    Files.writeString(directory.resolve(baselineFileName(catalog.qualifiedName())),
        writeBaseline(catalog), StandardCharsets.UTF_8);
  }

  /**
   * Writes the catalog's acknowledgements into the directory; with none, removes the file, which
   * exists only while it acknowledges something.
   */
  public static void writeAccepted(Path directory, String qualifiedName, List<Acknowledgement> accepted)
      throws IOException {
    Path file = directory.resolve(acceptedFileName(qualifiedName));
    if (accepted.isEmpty()) {
      Files.deleteIfExists(file);
    } else {
      Files.createDirectories(directory);
      Files.writeString(file, writeAccepted(qualifiedName, accepted), StandardCharsets.UTF_8);
    }
  }

  private static Optional<String> readText(Path file) throws BaselineFileException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new BaselineFileException(file + " cannot be read: " + e);
    }
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      throw new BaselineFileException(file.getFileName() + " is not UTF-8 text; restore it from"
          + " version control");
    }
  }
}
