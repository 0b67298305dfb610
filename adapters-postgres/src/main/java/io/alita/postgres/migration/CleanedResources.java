package io.alita.postgres.migration;

import java.io.Reader;
import java.io.StringReader;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Serves Flyway the cleaned migration texts instead of letting it read files itself: Flyway then runs, and checksums,
 * exactly the text {@link SupabaseSqlCleaner} produced, and both a folder and a jar work the same way.
 */
final class CleanedResources implements ResourceProvider {

  private final String location;
  private final List<PreparedMigration> migrations;

  CleanedResources(String location, List<PreparedMigration> migrations) {
    this.location = location;
    this.migrations = List.copyOf(migrations);
  }

  @Override
  public LoadableResource getResource(String name) {
    // Flyway also asks for per-script "<name>.conf" files; there are none.
    return migrations.stream().filter(m -> m.name().equals(name)).findFirst().map(this::resource).orElse(null);
  }

  @Override
  public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
    return migrations.stream()
        .filter(m -> m.name().startsWith(prefix))
        .filter(m -> suffixes.length == 0 || Arrays.stream(suffixes).anyMatch(m.name()::endsWith))
        .map(this::resource)
        .toList();
  }

  private LoadableResource resource(PreparedMigration m) {
    return new Text(location + "/" + m.name(), m.name(), m.sql());
  }

  /** One in-memory script; the relative path is the bare file name, which Flyway stores as the history's script. */
  private static final class Text extends LoadableResource {
    private final String absolutePath;
    private final String name;
    private final String sql;

    Text(String absolutePath, String name, String sql) {
      this.absolutePath = absolutePath;
      this.name = name;
      this.sql = sql;
    }

    @Override
    public Reader read() {
      return new StringReader(sql);
    }

    @Override
    public String getAbsolutePath() {
      return absolutePath;
    }

    @Override
    public String getAbsolutePathOnDisk() {
      return absolutePath;
    }

    @Override
    public String getFilename() {
      return name;
    }

    @Override
    public String getRelativePath() {
      return name;
    }
  }
}
