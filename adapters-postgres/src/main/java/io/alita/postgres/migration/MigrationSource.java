package io.alita.postgres.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where the migration files come from: a folder on disk, or the copy packaged inside the program.
 *
 * <p>{@link #resolve(String, boolean)} follows {@code MIGRATIONS_PATH}: an existing folder is used as is; when the
 * default folder ({@code migrations}, relative to the working directory) does not exist, the files packaged on the
 * classpath under {@code alita/migrations/} are used, so a deployment without a checkout still migrates; when an
 * explicitly configured folder does not exist, that is an error (a typo must not silently fall back to other files).
 *
 * <p>{@link #files()} lists {@code *.sql} directly in the folder (not in subfolders), skips {@code *.rollback.sql},
 * and sorts by name. Every file must be named {@code <digits>_<description>.sql}; the digits are its version. Two files
 * with the same version, or versions whose numeric order differs from the alphabetical order (e.g. 8 digits next to
 * 14), are refused, because the seed promises alphabetical order and the engine applies by version number: they must
 * agree. A file must really be inside the folder: names with {@code ..} and symbolic links leading out are refused.
 * The folder path itself is the operator's own configuration and may use {@code ..}.
 */
public final class MigrationSource {

  /** {@code MIGRATIONS_PATH}'s default, relative to the working directory. */
  public static final String DEFAULT_PATH = "migrations";

  /** Where the build packages the migrations module's files inside the program. */
  public static final String DEFAULT_CLASSPATH_ROOT = "alita/migrations";

  private static final Pattern NAME = Pattern.compile("([0-9]+)_([^/\\\\]+)\\.sql");
  private static final String ROLLBACK_SUFFIX = ".rollback.sql";

  private final String location;
  private final Lister lister;

  /** Reads raw candidate files: file name → bytes, for every {@code *.sql} directly inside the location. */
  @FunctionalInterface
  private interface Lister {
    Map<String, byte[]> list() throws IOException;
  }

  private MigrationSource(String location, Lister lister) {
    this.location = location;
    this.lister = lister;
  }

  /**
   * The source {@code MIGRATIONS_PATH} designates, falling back to the packaged copy under {@value
   * #DEFAULT_CLASSPATH_ROOT} of the context class loader.
   *
   * @param configuredPath the configured folder ({@link #DEFAULT_PATH} when not set); relative to the working directory
   * @param explicit whether {@code MIGRATIONS_PATH} was set (then a missing folder is an error, not a fallback)
   * @throws MigrationException if an explicit folder does not exist, or neither the default folder nor a packaged
   *     copy exists
   */
  public static MigrationSource resolve(String configuredPath, boolean explicit) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return resolve(configuredPath, explicit, DEFAULT_CLASSPATH_ROOT,
        loader != null ? loader : MigrationSource.class.getClassLoader());
  }

  /** As {@link #resolve(String, boolean)}, with the packaged copy looked up under another classpath root. */
  public static MigrationSource resolve(
      String configuredPath, boolean explicit, String classpathRoot, ClassLoader classLoader) {
    String path = configuredPath == null || configuredPath.isBlank() ? DEFAULT_PATH : configuredPath.strip();
    if (explicit && (configuredPath == null || configuredPath.isBlank())) {
      throw new MigrationException("MIGRATIONS_PATH is set but empty: set it to the folder holding the .sql migration"
          + " files, or remove it to use '" + DEFAULT_PATH + "'");
    }
    Path folder;
    try {
      folder = Path.of(path).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw new MigrationException((explicit ? "MIGRATIONS_PATH=" : "Migrations folder ") + path
          + ": not a valid path (" + e.getReason() + ")", e);
    }
    if (Files.isDirectory(folder)) {
      return directory(folder);
    }
    if (explicit) {
      throw new MigrationException("MIGRATIONS_PATH=" + path + ": "
          + (Files.exists(folder) ? "not a folder" : "no such folder") + " (" + folder + ")");
    }
    if (classpathLocation(classpathRoot, classLoader) == null) {
      throw new MigrationException("No migrations found: there is no '" + path + "' folder in "
          + Path.of("").toAbsolutePath() + " and none is packaged in the program (classpath " + classpathRoot
          + "/); set MIGRATIONS_PATH to the folder holding the .sql files");
    }
    return classpath(classpathRoot, classLoader);
  }

  /** The {@code *.sql} files directly inside {@code folder}. */
  public static MigrationSource directory(Path folder) {
    Path dir = folder.toAbsolutePath().normalize();
    return new MigrationSource(dir.toString(), () -> listDirectory(dir));
  }

  /**
   * The {@code *.sql} files under {@code root} on the classpath, from the first classpath entry that has that folder
   * (as {@link ClassLoader#getResource} would pick), whether it is a directory or a jar.
   */
  public static MigrationSource classpath(String root, ClassLoader classLoader) {
    String cleanRoot = trimSlashes(Objects.requireNonNull(root, "root"));
    Objects.requireNonNull(classLoader, "classLoader");
    return new MigrationSource("classpath:" + cleanRoot, () -> listClasspath(cleanRoot, classLoader));
  }

  /** A human-readable location: the absolute folder, or {@code classpath:<root>}. */
  public String location() {
    return location;
  }

  /**
   * Reads, checks and sorts the migration files (see the class description for the rules).
   *
   * @throws MigrationException naming the offending file(s) if a rule is broken or a file cannot be read
   */
  public List<MigrationFile> files() {
    Map<String, byte[]> raw;
    try {
      raw = lister.list();
    } catch (IOException | UncheckedIOException e) {
      throw new MigrationException("Cannot read migrations from " + location + ": " + e.getMessage(), e);
    }
    List<MigrationFile> files = new ArrayList<>();
    raw.keySet().stream().sorted().forEach(name -> {
      if (name.endsWith(ROLLBACK_SUFFIX)) {
        return;
      }
      Matcher m = NAME.matcher(name);
      if (!m.matches()) {
        throw new MigrationException("Migration file " + name + " in " + location
            + " is not named <digits>_<description>.sql (e.g. 20240101120000_initial_schema.sql)");
      }
      files.add(new MigrationFile(name, m.group(1), decode(name, raw.get(name))));
    });
    checkVersions(files);
    return List.copyOf(files);
  }

  private void checkVersions(List<MigrationFile> sorted) {
    Map<BigInteger, MigrationFile> byVersion = new LinkedHashMap<>();
    for (MigrationFile f : sorted) {
      // 1 and 01 are the same version to the engine, so compare numbers, not strings.
      MigrationFile clash = byVersion.putIfAbsent(new BigInteger(f.version()), f);
      if (clash != null) {
        throw new MigrationException("Migration files " + clash.name() + " and " + f.name() + " in " + location
            + " have the same version " + f.version() + ": give each file its own number (e.g. a later time of day)");
      }
    }
    for (int i = 1; i < sorted.size(); i++) {
      MigrationFile a = sorted.get(i - 1);
      MigrationFile b = sorted.get(i);
      if (new BigInteger(a.version()).compareTo(new BigInteger(b.version())) > 0) {
        throw new MigrationException("Migration files " + a.name() + " and " + b.name() + " in " + location
            + " sort differently by name and by version number (" + a.version().length() + " digits vs "
            + b.version().length() + "): give every file the same number of digits (e.g. 14: YYYYMMDDhhmmss)");
      }
    }
  }

  private static String decode(String name, byte[] bytes) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new MigrationException("Migration file " + name + " is not valid UTF-8: save it as UTF-8", e);
    }
  }

  private static Map<String, byte[]> listDirectory(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("no such folder");
    }
    Path realDir = dir.toRealPath();
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path p : (Iterable<Path>) entries::iterator) {
        String name = p.getFileName().toString();
        if (!name.endsWith(".sql") || !Files.isRegularFile(p)) {
          continue;
        }
        if (name.contains("..") || !p.toRealPath().startsWith(realDir)) {
          throw new MigrationException("Migration file " + name + " is not inside " + dir
              + " (a '..' in its name or a link leading out of the folder): refusing to run it");
        }
        out.put(name, Files.readAllBytes(p));
      }
    }
    return out;
  }

  private static URL classpathLocation(String root, ClassLoader loader) {
    String clean = trimSlashes(root);
    URL url = loader.getResource(clean);
    return url != null ? url : loader.getResource(clean + "/");
  }

  private static Map<String, byte[]> listClasspath(String root, ClassLoader loader) throws IOException {
    URL url = classpathLocation(root, loader);
    if (url == null) {
      throw new IOException("nothing on the classpath under " + root + "/");
    }
    switch (url.getProtocol()) {
      case "file":
        try {
          return listDirectory(Path.of(url.toURI()));
        } catch (URISyntaxException e) {
          throw new IOException("unreadable location " + url, e);
        }
      case "jar":
        return listJar(url, root);
      default:
        throw new IOException("cannot list " + url + " (only folders and jar files are supported)");
    }
  }

  private static Map<String, byte[]> listJar(URL url, String root) throws IOException {
    // Open the jar ourselves rather than through the URL connection's cache, which can hand back a stale or shared
    // JarFile that someone else may close.
    Path jarPath;
    try {
      jarPath = Path.of(((JarURLConnection) url.openConnection()).getJarFileURL().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new IOException("cannot open the jar behind " + url, e);
    }
    String prefix = root + "/";
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (JarFile jar = new JarFile(jarPath.toFile())) {
      Enumeration<JarEntry> entries = jar.entries();
      while (entries.hasMoreElements()) {
        JarEntry e = entries.nextElement();
        String entryName = e.getName();
        if (e.isDirectory() || !entryName.startsWith(prefix)) {
          continue;
        }
        String name = entryName.substring(prefix.length());
        if (name.contains("/") || !name.endsWith(".sql")) {
          continue; // only files directly under the root, as for a folder
        }
        if (name.contains("..")) {
          throw new MigrationException("Migration file " + entryName + " in " + jarPath
              + " has '..' in its name: refusing to run it");
        }
        try (InputStream in = jar.getInputStream(e)) {
          out.put(name, in.readAllBytes());
        }
      }
    }
    return out;
  }

  private static String trimSlashes(String root) {
    String r = root.strip();
    while (r.startsWith("/")) {
      r = r.substring(1);
    }
    while (r.endsWith("/")) {
      r = r.substring(0, r.length() - 1);
    }
    return r;
  }

  @Override
  public String toString() {
    return location;
  }
}
