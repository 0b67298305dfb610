package io.alita.domain.backup;

import java.util.List;
import java.util.Objects;

/**
 * What an import or reset changes (or, for a preview, would change): per module, rows added, changed and removed, and
 * every value that could not be taken as it was.
 */
public record ImportReport(List<ModuleChange> changes, List<Problem> problems) {

  public ImportReport {
    changes = List.copyOf(changes);
    problems = List.copyOf(problems);
  }

  /** One module's rows: added, changed (a setting that differed) and removed. */
  public record ModuleChange(BackupModule module, int added, int changed, int removed) {
    public ModuleChange {
      Objects.requireNonNull(module, "module");
    }

    public boolean isEmpty() {
      return added == 0 && changed == 0 && removed == 0;
    }
  }

  /**
   * A value not taken as it was.
   *
   * @param field the file's field, e.g. {@code "warn_limit"} or {@code "locks[3].lock_type"}
   * @param message what was done instead, in English, e.g. {@code "= 500 is out of range 1 to 100: kept 3"}
   */
  public record Problem(BackupModule module, String field, String message) {
    public Problem {
      Objects.requireNonNull(module, "module");
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(message, "message");
    }
  }

  public boolean changesNothing() {
    return changes.stream().allMatch(ModuleChange::isEmpty);
  }
}
