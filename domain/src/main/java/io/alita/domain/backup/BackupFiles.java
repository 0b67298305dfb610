package io.alita.domain.backup;

import io.alita.domain.backup.BackupRejected.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link BackupFile} from and to the bytes of the original's format (decision 0032), and the size limit applied before
 * a file is read at all.
 *
 * <p>Header rules, as the original's importer: {@code version} must be the string "1.0" or "1.1"; {@code bot_name} a
 * non-empty string; {@code chat_id} a non-zero integer; {@code modules} a non-empty array of the 17 names (a name listed
 * twice counts once), each with an object in {@code data}; {@code chat_name} and {@code exported_by} are optional. A
 * field that is {@code null} counts as missing (as Go's decoder leaves the zero value). {@code exported_at} is only
 * informative, so a missing or unreadable one reads as {@link Instant#EPOCH} rather than refusing a file the original
 * would import. Fields the format does not know are ignored, as Go's encoding/json does.
 */
public final class BackupFiles {

  private static final int CHUNK = 64 * 1024;

  private BackupFiles() {}

  /**
   * Refuses a file whose announced size (Telegram's {@code file_size}, an HTTP {@code Content-Length}) is over the
   * limit, before it is downloaded. A size that is not known (negative) passes; {@link #readAtMost} caps it then.
   */
  public static void checkSize(long announcedBytes) {
    if (announcedBytes > BackupFile.MAX_BYTES) {
      throw tooLarge(announcedBytes);
    }
  }

  /**
   * Every byte of {@code in}, refusing ({@code TOO_LARGE}) as soon as more than {@link BackupFile#MAX_BYTES} arrived,
   * so a stream that lies about its size costs at most the limit. Does not close {@code in}.
   *
   * @throws UncheckedIOException when reading fails
   */
  public static byte[] readAtMost(InputStream in) {
    byte[] buffer = new byte[CHUNK];
    int length = 0;
    try {
      while (true) {
        if (length == buffer.length) {
          if (length > BackupFile.MAX_BYTES) {
            throw new BackupRejected(Reason.TOO_LARGE, "more than " + BackupFile.MAX_BYTES + " bytes");
          }
          buffer = Arrays.copyOf(buffer, (int) Math.min((long) length * 2, BackupFile.MAX_BYTES + 1));
        }
        int read = in.read(buffer, length, buffer.length - length);
        if (read < 0) {
          break;
        }
        length += read;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (length > BackupFile.MAX_BYTES) {
      throw new BackupRejected(Reason.TOO_LARGE, "more than " + BackupFile.MAX_BYTES + " bytes");
    }
    return Arrays.copyOf(buffer, length);
  }

  /**
   * The backup file in {@code bytes}.
   *
   * @throws BackupRejected when it is too large, not JSON ({@link JsonCodec#read}), or not a backup of a version read
   *     here
   */
  public static BackupFile read(byte[] bytes) {
    checkSize(bytes.length);
    return fromJson(JsonCodec.read(bytes));
  }

  /** The backup file a JSON document holds; see the class comment for the rules. */
  public static BackupFile fromJson(Json document) {
    if (!(document instanceof Json.Obj root)) {
      throw new BackupRejected(Reason.NOT_A_BACKUP, "not a JSON object");
    }
    String version = requiredString(root, "version");
    if (!version.equals("1.0") && !version.equals("1.1")) {
      throw new BackupRejected(Reason.UNSUPPORTED_VERSION, JsonCodec.shortened(version));
    }
    String botName = requiredString(root, "bot_name");
    if (botName.isEmpty()) {
      throw new BackupRejected(Reason.NOT_A_BACKUP, "bot_name");
    }
    long chatId = optionalLong(root, "chat_id").orElse(0L);
    if (chatId == 0) {
      throw new BackupRejected(Reason.NOT_A_BACKUP, "chat_id");
    }
    String chatName = optionalString(root, "chat_name").orElse("");
    long exportedBy = optionalLong(root, "exported_by").orElse(0L);
    Instant exportedAt = exportedAt(root);

    Json modulesValue = present(root, "modules");
    if (!(modulesValue instanceof Json.Arr listed) || listed.items().isEmpty()) {
      throw new BackupRejected(Reason.NOT_A_BACKUP, "modules");
    }
    Map<BackupModule, String> names = new LinkedHashMap<>();
    for (int i = 0; i < listed.items().size(); i++) {
      if (!(listed.items().get(i) instanceof Json.Str name)) {
        throw new BackupRejected(Reason.NOT_A_BACKUP, "modules[" + i + "]");
      }
      BackupModule module = BackupModule.named(name.value())
          .orElseThrow(() -> new BackupRejected(Reason.UNKNOWN_MODULE, JsonCodec.shortened(name.value())));
      names.putIfAbsent(module, name.value());
    }
    Json dataValue = present(root, "data");
    if (dataValue != null && !(dataValue instanceof Json.Obj)) {
      throw new BackupRejected(Reason.NOT_A_BACKUP, "data");
    }
    Json.Obj data = dataValue == null ? new Json.Obj(Map.of()) : (Json.Obj) dataValue;
    Map<BackupModule, Json.Obj> objects = new EnumMap<>(BackupModule.class);
    for (Map.Entry<BackupModule, String> entry : names.entrySet()) {
      BackupModule module = entry.getKey();
      Json object = present(data, entry.getValue());
      if (object == null) {
        object = present(data, module.fileName());
      }
      if (object == null) {
        throw new BackupRejected(Reason.MODULE_WITHOUT_DATA, module.fileName());
      }
      if (!(object instanceof Json.Obj moduleObject)) {
        throw new BackupRejected(Reason.NOT_A_BACKUP, "data." + module.fileName());
      }
      objects.put(module, moduleObject);
    }
    return new BackupFile(version, exportedAt, botName, chatId, chatName, exportedBy, new ArrayList<>(names.keySet()),
        objects);
  }

  /** {@code file} as the original writes it: version first, {@code modules} in the 17's order, UTF-8, indented. */
  public static byte[] write(BackupFile file) {
    return JsonCodec.write(toJson(file));
  }

  /** {@code file} as its JSON document. */
  public static Json.Obj toJson(BackupFile file) {
    List<BackupModule> modules = file.modules().stream().distinct().sorted().toList();
    Map<String, Json> data = new LinkedHashMap<>();
    List<Json> names = new ArrayList<>();
    for (BackupModule module : modules) {
      Json.Obj object = file.data().get(module);
      if (object == null) {
        throw new IllegalArgumentException("no data for module " + module.fileName());
      }
      names.add(new Json.Str(module.fileName()));
      data.put(module.fileName(), object);
    }
    Map<String, Json> root = new LinkedHashMap<>();
    root.put("version", new Json.Str(file.version()));
    root.put("exported_at", new Json.Str(
        DateTimeFormatter.ISO_INSTANT.format(file.exportedAt().truncatedTo(ChronoUnit.SECONDS))));
    root.put("bot_name", new Json.Str(file.botName()));
    root.put("chat_id", number(file.chatId()));
    root.put("chat_name", new Json.Str(file.chatName()));
    root.put("exported_by", number(file.exportedBy()));
    root.put("modules", new Json.Arr(names));
    root.put("data", new Json.Obj(data));
    return new Json.Obj(root);
  }

  private static Json.Num number(long value) {
    return new Json.Num(BigDecimal.valueOf(value));
  }

  /** The field's value, or {@code null} when it is missing or JSON {@code null}. */
  private static Json present(Json.Obj object, String key) {
    Json value = object.fields().get(key);
    return value == Json.Null.NULL ? null : value;
  }

  private static String requiredString(Json.Obj root, String key) {
    return optionalString(root, key).orElseThrow(() -> new BackupRejected(Reason.NOT_A_BACKUP, key));
  }

  private static Optional<String> optionalString(Json.Obj root, String key) {
    Json value = present(root, key);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Json.Str str) {
      return Optional.of(str.value());
    }
    throw new BackupRejected(Reason.NOT_A_BACKUP, key);
  }

  private static Optional<Long> optionalLong(Json.Obj root, String key) {
    Json value = present(root, key);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Json.Num num) {
      try {
        return Optional.of(num.value().longValueExact());
      } catch (ArithmeticException notALong) {
        throw new BackupRejected(Reason.NOT_A_BACKUP, key);
      }
    }
    throw new BackupRejected(Reason.NOT_A_BACKUP, key);
  }

  /** RFC 3339 ({@code 2024-05-01T10:00:00Z}, any offset, fractions); anything else reads as the epoch. */
  private static Instant exportedAt(Json.Obj root) {
    if (!(present(root, "exported_at") instanceof Json.Str text)) {
      return Instant.EPOCH;
    }
    try {
      return OffsetDateTime.parse(text.value().toUpperCase(Locale.ROOT), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
          .toInstant();
    } catch (DateTimeParseException notRfc3339) {
      return Instant.EPOCH;
    }
  }

  private static BackupRejected tooLarge(long bytes) {
    return new BackupRejected(Reason.TOO_LARGE, bytes + " bytes");
  }
}
