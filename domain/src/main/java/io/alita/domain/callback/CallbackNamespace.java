package io.alita.domain.callback;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which handler a button belongs to: the first part of its callback data. A value type rather than an enum so a module can
 * declare a new namespace next to its own code; the ones the original bot uses are listed here as constants.
 *
 * @param value letters, digits, {@code _} and {@code .} (e.g. {@code notes.overwrite}); never {@code |}, the field separator
 */
public record CallbackNamespace(String value) {

  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_.]{1,32}");

  public static final CallbackNamespace ABOUT = new CallbackNamespace("about");
  public static final CallbackNamespace ANON_ADMIN = new CallbackNamespace("anon_admin");
  public static final CallbackNamespace ANTIRAID = new CallbackNamespace("antiraid");
  public static final CallbackNamespace BACKUP = new CallbackNamespace("backup");
  public static final CallbackNamespace CAPTCHA_REFRESH = new CallbackNamespace("captcha_refresh");
  public static final CallbackNamespace CAPTCHA_VERIFY = new CallbackNamespace("captcha_verify");
  public static final CallbackNamespace CHANGE_LANGUAGE = new CallbackNamespace("change_language");
  public static final CallbackNamespace CONFIGURATION = new CallbackNamespace("configuration");
  public static final CallbackNamespace CONNBTNS = new CallbackNamespace("connbtns");
  /** Still handled, though no button produces it any more. */
  public static final CallbackNamespace DELETE_MSG = new CallbackNamespace("deleteMsg");
  public static final CallbackNamespace FILTERS_OVERWRITE = new CallbackNamespace("filters_overwrite");
  public static final CallbackNamespace FORMATTING = new CallbackNamespace("formatting");
  public static final CallbackNamespace HELPQ = new CallbackNamespace("helpq");
  public static final CallbackNamespace JOIN_REQUEST = new CallbackNamespace("join_request");
  public static final CallbackNamespace NOTES_OVERWRITE = new CallbackNamespace("notes.overwrite");
  public static final CallbackNamespace REACTIONS_HELP = new CallbackNamespace("reactions_help");
  public static final CallbackNamespace REPORT = new CallbackNamespace("report");
  public static final CallbackNamespace RESTRICT = new CallbackNamespace("restrict");
  public static final CallbackNamespace RM_ALL_APPROVALS = new CallbackNamespace("rmAllApprovals");
  public static final CallbackNamespace RM_ALL_BLACKLIST = new CallbackNamespace("rmAllBlacklist");
  public static final CallbackNamespace RM_ALL_CHAT_WARNS = new CallbackNamespace("rmAllChatWarns");
  public static final CallbackNamespace RM_ALL_FILTERS = new CallbackNamespace("rmAllFilters");
  public static final CallbackNamespace RM_ALL_NOTES = new CallbackNamespace("rmAllNotes");
  public static final CallbackNamespace RM_WARN = new CallbackNamespace("rmWarn");
  public static final CallbackNamespace UNPINALL_BTN = new CallbackNamespace("unpinallbtn");
  public static final CallbackNamespace UNRESTRICT = new CallbackNamespace("unrestrict");

  public CallbackNamespace {
    Objects.requireNonNull(value, "value");
    if (!VALID.matcher(value).matches()) {
      throw new IllegalArgumentException("callback namespace '" + value + "' must be 1 to 32 letters, digits, '_' or '.'");
    }
  }

  /** True when {@code text} could be a namespace; decoding uses it to reject garbled data without an exception. */
  static boolean isValid(String text) {
    return VALID.matcher(text).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
