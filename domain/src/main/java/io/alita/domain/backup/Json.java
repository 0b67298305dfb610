package io.alita.domain.backup;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON value, as read from or written to a backup file. Immutable; an object keeps its keys in order. Reading and
 * writing is {@link JsonCodec}'s (strict, bounded).
 */
public sealed interface Json {

  /** A JSON object; keys in the order read or put. */
  record Obj(Map<String, Json> fields) implements Json {
    public Obj {
      fields = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(fields, "fields")));
    }

    public Optional<Json> get(String key) {
      return Optional.ofNullable(fields.get(key));
    }
  }

  /** A JSON array. */
  record Arr(List<Json> items) implements Json {
    public Arr {
      items = List.copyOf(items);
    }
  }

  /** A JSON string. */
  record Str(String value) implements Json {
    public Str {
      Objects.requireNonNull(value, "value");
    }
  }

  /** A JSON number, exactly as written. */
  record Num(BigDecimal value) implements Json {
    public Num {
      Objects.requireNonNull(value, "value");
    }
  }

  /** {@code true} or {@code false}. */
  record Bool(boolean value) implements Json {}

  /** {@code null}. */
  enum Null implements Json { NULL }
}
