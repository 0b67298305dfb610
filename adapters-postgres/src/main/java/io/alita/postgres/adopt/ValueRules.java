package io.alita.postgres.adopt;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What our schema takes from the original's data, shared by the adoption of a Go database ({@link GoAlitaAdoption},
 * decision 0028) and the import of a backup file ({@code io.alita.postgres.backup}, decision 0040): the ranges, the
 * modes and their mapping, the lock types and the lengths of names, and the words of the report line a refused value
 * gets. Both keep our default for a refused value and skip a row whose key is refused.
 */
public final class ValueRules {

  public static final Set<String> LOCK_TYPES = Set.of("sticker", "audio", "voice", "document", "video", "videonote",
      "contact", "photo", "gif", "url", "bots", "forward", "game", "location", "rtl", "anonchannel", "messages",
      "comments", "media", "other", "previews", "all");

  /** A command name of {@code disable}, once lowercased and without its slash. */
  public static final Pattern COMMAND = Pattern.compile("[a-z0-9_]{1,32}");

  /** The longest timed action (tban, tmute): 366 days; the shortest is {@link #MIN_ACTION_SECONDS}. */
  public static final int MAX_SECONDS = 31_622_400;
  public static final int MIN_ACTION_SECONDS = 30;

  public static final int NOTE_NAME_MAX = 100;
  public static final int FILTER_KEYWORD_MAX = 100;
  public static final int BLACKLIST_WORD_MAX = 200;
  public static final int RULES_BUTTON_MAX = 30;

  /** warns_settings.warn_mode and antiflood_settings.action as the original has them. */
  public static final Map<String, String> PENALTY_MODES = Map.of("ban", "ban", "kick", "kick", "mute", "mute");
  /** The original's blacklist actions; its "delete" (delete the message only) is our "none". */
  public static final Map<String, String> BLACKLIST_ACTIONS = Map.of("warn", "warn", "mute", "mute", "kick", "kick",
      "ban", "ban", "none", "none", "delete", "none");
  public static final Map<String, String> CAPTCHA_MODES = Map.of("math", "math", "text", "text");
  public static final Map<String, String> CAPTCHA_FAILURE_ACTIONS = Map.of("kick", "kick", "ban", "ban", "mute",
      "mute");

  private ValueRules() {}

  /** The Go bot kept no kind: a -100… id is a supergroup, another negative id a group, a positive one private. */
  public static String chatType(long chat) {
    if (chat <= -1_000_000_000_000L) {
      return "supergroup";
    }
    return chat < 0 ? "group" : "private";
  }

  /** A flood limit: 0 (off) or 3 to 100. */
  public static boolean floodLimit(long n) {
    return n == 0 || (n >= 3 && n <= 100);
  }

  public static String outOfRange(long value, long min, long max, Object kept) {
    return "= " + value + " is out of range (" + min + " to " + max + "): kept our default " + kept;
  }

  public static String notAMode(String value, Map<String, String> accepted, Object kept) {
    return "= '" + shorten(value) + "' is not a mode we have (" + String.join(", ", new TreeSet<>(accepted.keySet()))
        + "): kept our default " + kept;
  }

  public static String shorten(String s) {
    if (s == null) {
      return "null";
    }
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
