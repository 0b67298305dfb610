package io.alita.domain.backup;

import java.util.Objects;

/**
 * A backup file that cannot be imported, and why, in terms a front door turns into its own words (a reply in the
 * chat's language, a console message). Nothing has been changed when this is thrown.
 */
public final class BackupRejected extends RuntimeException {

  /** Why a file is refused. */
  public enum Reason {
    /** Larger than the limit (10 MB); {@link #detail()} gives the size when known. */
    TOO_LARGE,
    /** Not JSON at all, or not UTF-8; {@link #detail()} says where it stopped making sense. */
    NOT_JSON,
    /** JSON that ends early (a cut-off download or copy). */
    TRUNCATED,
    /** Bytes after the JSON value. */
    TRAILING_DATA,
    /** Nested deeper, or holding more values, than any real backup: refused before it can cost memory. */
    TOO_COMPLEX,
    /** JSON, but not a backup: a field of the header is missing or of the wrong type; {@link #detail()} names it. */
    NOT_A_BACKUP,
    /** A {@code version} other than 1.0 and 1.1; {@link #detail()} gives it. */
    UNSUPPORTED_VERSION,
    /** A module name that is not one of the 17; {@link #detail()} gives it. */
    UNKNOWN_MODULE,
    /** A module listed in {@code modules} without an object in {@code data}; {@link #detail()} names it. */
    MODULE_WITHOUT_DATA,
    /** A module was asked for that the file does not hold; {@link #detail()} names it. */
    MODULE_NOT_IN_FILE,
    /** The file was exported from another chat and that was not accepted; {@link #detail()} gives its id. */
    OTHER_CHAT
  }

  private final Reason reason;
  private final String detail;

  public BackupRejected(Reason reason, String detail) {
    super(reason + (detail == null || detail.isEmpty() ? "" : ": " + detail));
    this.reason = Objects.requireNonNull(reason, "reason");
    this.detail = detail == null ? "" : detail;
  }

  public Reason reason() {
    return reason;
  }

  /** A short, user-safe detail (a field or module name, a size, a position); may be empty. */
  public String detail() {
    return detail;
  }
}
