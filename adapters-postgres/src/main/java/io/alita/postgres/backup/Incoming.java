package io.alita.postgres.backup;

import static io.alita.postgres.adopt.ValueRules.shorten;

import io.alita.domain.backup.BackupModule;
import io.alita.domain.backup.ImportReport.Problem;
import io.alita.domain.backup.Json;
import io.alita.domain.format.ButtonGrid;
import io.alita.domain.format.UrlButton;
import io.alita.postgres.adopt.ValueRules;
import io.alita.postgres.content.ButtonsJson;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One module's object of a file, read field by field with our schema's rules ({@link ValueRules}, as the adoption of
 * a Go database): a value refused keeps the default given and adds a {@link Problem} naming the field, e.g.
 * {@code settings.limit} or {@code notes[2].note_name}; a missing (or null) field gets the default without one.
 */
final class Incoming {

  private final BackupModule module;
  private final List<Problem> problems;

  Incoming(BackupModule module, List<Problem> problems) {
    this.module = module;
    this.problems = problems;
  }

  void problem(String field, String message) {
    problems.add(new Problem(module, field, message));
  }

  private static String field(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static Optional<Json> raw(Json.Obj o, String name) {
    return o.get(name).filter(v -> v != Json.Null.NULL);
  }

  private static String kind(Json v) {
    if (v instanceof Json.Obj) {
      return "an object";
    }
    if (v instanceof Json.Arr) {
      return "an array";
    }
    if (v instanceof Json.Str) {
      return "a string";
    }
    if (v instanceof Json.Num) {
      return "a number";
    }
    return v instanceof Json.Bool ? "true/false" : "null";
  }

  private static String shown(Json v) {
    if (v instanceof Json.Str s) {
      return "'" + shorten(s.value()) + "'";
    }
    if (v instanceof Json.Num n) {
      return n.value().toPlainString();
    }
    if (v instanceof Json.Bool b) {
      return Boolean.toString(b.value());
    }
    return kind(v);
  }

  /** A nested object; missing gives an empty one (every field its default). */
  Json.Obj obj(Json.Obj o, String path, String name) {
    Optional<Json> v = raw(o, name);
    if (v.isEmpty()) {
      return new Json.Obj(Map.of());
    }
    if (v.get() instanceof Json.Obj obj) {
      return obj;
    }
    problem(field(path, name), "is " + kind(v.get()) + ", not an object: its fields get our defaults");
    return new Json.Obj(Map.of());
  }

  /** An array of objects with their paths ({@code notes[2]}); what is not an object is reported and left out. */
  List<Map.Entry<String, Json.Obj>> rows(Json.Obj o, String name) {
    List<Map.Entry<String, Json.Obj>> rows = new ArrayList<>();
    Optional<Json> v = raw(o, name);
    if (v.isEmpty()) {
      return rows;
    }
    if (!(v.get() instanceof Json.Arr arr)) {
      problem(name, "is " + kind(v.get()) + ", not an array: none imported");
      return rows;
    }
    for (int i = 0; i < arr.items().size(); i++) {
      String path = name + "[" + i + "]";
      if (arr.items().get(i) instanceof Json.Obj row) {
        rows.add(Map.entry(path, row));
      } else {
        problem(path, "is " + kind(arr.items().get(i)) + ", not an object: row not imported");
      }
    }
    return rows;
  }

  boolean bool(Json.Obj o, String path, String name, boolean dflt) {
    Optional<Json> v = raw(o, name);
    if (v.isEmpty()) {
      return dflt;
    }
    if (v.get() instanceof Json.Bool b) {
      return b.value();
    }
    problem(field(path, name), "= " + shown(v.get()) + " is not true or false: kept our default " + dflt);
    return dflt;
  }

  /** A whole number in {@code min..max}; the default when missing or refused. */
  Long integer(Json.Obj o, String path, String name, long min, long max, Long dflt) {
    Optional<Json> v = raw(o, name);
    if (v.isEmpty()) {
      return dflt;
    }
    String shownDefault = dflt == null ? "(none)" : dflt.toString();
    if (!(v.get() instanceof Json.Num n)) {
      problem(field(path, name), "= " + shown(v.get()) + " is not a number: kept our default " + shownDefault);
      return dflt;
    }
    long value;
    try {
      value = n.value().longValueExact();
    } catch (ArithmeticException e) {
      problem(field(path, name), "= " + shorten(n.value().toPlainString()) + " is not a whole number: kept our default "
          + shownDefault);
      return dflt;
    }
    if (value < min || value > max) {
      problem(field(path, name), ValueRules.outOfRange(value, min, max, shownDefault));
      return dflt;
    }
    return value;
  }

  /** A Telegram id (a row's key): null, reported, when missing or not a non-zero whole number. */
  Long id(Json.Obj o, String path, String name) {
    Optional<Json> v = raw(o, name);
    if (v.isPresent() && v.get() instanceof Json.Num n) {
      try {
        long id = n.value().longValueExact();
        if (id != 0) {
          return id;
        }
      } catch (ArithmeticException e) {
        // reported below
      }
    }
    problem(field(path, name), (v.isEmpty() ? "is missing" : "= " + shown(v.get()) + " is not a Telegram id")
        + ": row not imported");
    return null;
  }

  /** A string; null when missing. */
  String text(Json.Obj o, String path, String name) {
    Optional<Json> v = raw(o, name);
    if (v.isEmpty()) {
      return null;
    }
    if (v.get() instanceof Json.Str s) {
      if (s.value().indexOf('\u0000') >= 0) {
        problem(field(path, name), "holds a NUL character, which a text column cannot: taken without it");
        return s.value().replace("\u0000", "");
      }
      return s.value();
    }
    problem(field(path, name), "is " + kind(v.get()) + ", not a string: left empty");
    return null;
  }

  /** A string, null when missing or empty (the original writes none for ""). */
  String optionalText(Json.Obj o, String path, String name) {
    String s = text(o, path, name);
    return s == null || s.isEmpty() ? null : s;
  }

  /** One of {@code accepted}'s keys (case-insensitively), mapped; the default when missing or refused. */
  String mode(Json.Obj o, String path, String name, Map<String, String> accepted, String dflt) {
    String v = text(o, path, name);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    String mapped = accepted.get(v.strip().toLowerCase(Locale.ROOT));
    if (mapped == null) {
      problem(field(path, name), ValueRules.notAMode(v, accepted, dflt));
      return dflt;
    }
    return mapped;
  }

  /** A mode and its duration (tban and tmute take one, from {@code secondsName}, a field of ours). */
  record Timed(String mode, Long seconds) {}

  Timed timed(Json.Obj o, String path, String name, String secondsName, Map<String, String> accepted, String dflt) {
    Map<String, String> all = new HashMap<>(accepted);
    all.put("tban", "tban");
    all.put("tmute", "tmute");
    String mode = mode(o, path, name, all, dflt);
    if (!mode.equals("tban") && !mode.equals("tmute")) {
      return new Timed(mode, null);
    }
    Long seconds = integer(o, path, secondsName, ValueRules.MIN_ACTION_SECONDS, ValueRules.MAX_SECONDS, null);
    if (seconds == null) {
      problem(field(path, name), "= '" + mode + "' needs " + secondsName + " (" + ValueRules.MIN_ACTION_SECONDS + " to "
          + ValueRules.MAX_SECONDS + " seconds), which the file does not give: kept our default " + dflt);
      return new Timed(dflt, null);
    }
    return new Timed(mode, seconds);
  }

  /** A timestamp as text for {@code ::timestamptz}; null (now) when missing or not RFC 3339. */
  String stamp(Json.Obj o, String path, String name) {
    String v = text(o, path, name);
    if (v == null || v.isEmpty()) {
      return null;
    }
    try {
      OffsetDateTime t = OffsetDateTime.parse(v).withOffsetSameInstant(ZoneOffset.UTC);
      if (t.getYear() < 1 || t.getYear() > 9999) {
        problem(field(path, name), "= '" + shorten(v) + "' is outside the years 1 to 9999: set to now");
        return null;
      }
      return t.toString();
    } catch (DateTimeParseException e) {
      problem(field(path, name), "= '" + shorten(v) + "' is not an RFC 3339 time: set to now");
      return null;
    }
  }

  /** A message type: 1 to 9 (8 are the original's, 9 is our animation), 1 (text) when missing. */
  long msgType(Json.Obj o, String path, String name) {
    return integer(o, path, name, 1, 9, 1L);
  }

  /** A Button array as our buttons column's JSON (null for none); a button without a usable name or URL is left out. */
  String buttons(Json.Obj o, String path, String name) {
    Optional<Json> v = raw(o, name);
    if (v.isEmpty()) {
      return null;
    }
    if (!(v.get() instanceof Json.Arr arr)) {
      problem(field(path, name), "is " + kind(v.get()) + ", not an array of buttons: no buttons");
      return null;
    }
    ButtonGrid grid = ButtonGrid.empty();
    for (int i = 0; i < arr.items().size(); i++) {
      String at = field(path, name) + "[" + i + "]";
      if (!(arr.items().get(i) instanceof Json.Obj b)) {
        problem(at, "is " + kind(arr.items().get(i)) + ", not a button: left out");
        continue;
      }
      String label = text(b, at, "name");
      String url = text(b, at, "url");
      Optional<UrlButton> button = UrlButton.of(label, url);
      if (button.isEmpty()) {
        problem(at, "'" + shorten(label) + "' has no usable name or URL (http, https or tg link): left out");
        continue;
      }
      grid = bool(b, at, "btn_sameline", false) ? grid.withOnLastRow(button.get()) : grid.withRow(button.get());
    }
    return ButtonsJson.write(grid);
  }

  /** A name key (note name, filter or reaction keyword, blacklisted word): stripped, 1..max, lowercased, unique. */
  String name(Json.Obj o, String path, String name, int max, java.util.Set<String> seen) {
    String raw = text(o, path, name);
    String v = raw == null ? "" : raw.strip();
    int length = v.codePointCount(0, v.length());
    if (length < 1 || length > max) {
      problem(field(path, name), "= '" + shorten(v) + "' " + (max == Integer.MAX_VALUE ? "is empty"
          : "must have 1 to " + max + " characters") + ": row not imported");
      return null;
    }
    String lower = v.toLowerCase(Locale.ROOT);
    if (!seen.add(lower)) {
      problem(field(path, name), "= '" + shorten(v) + "' is the same as an earlier row once lowercased: row not"
          + " imported");
      return null;
    }
    return lower;
  }
}
