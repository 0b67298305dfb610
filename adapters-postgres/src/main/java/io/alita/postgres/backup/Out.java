package io.alita.postgres.backup;

import io.alita.domain.backup.Json;
import io.alita.domain.format.ButtonGrid;
import io.alita.domain.format.UrlButton;
import io.alita.postgres.content.ButtonsJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A file object being written, in the original's rules: an "always" field is always written; an "omitted when empty"
 * field is left out when false, 0, "" or null, unless the importer's default for it is something else (a
 * {@code web_preview} of false, a flood {@code limit} of 0), which is written so that the file reads back as it was.
 */
final class Out {

  private final Map<String, Json> fields = new LinkedHashMap<>();

  Out always(String name, Object value) {
    fields.put(name, json(value));
    return this;
  }

  Out put(String name, Json value) {
    fields.put(name, value);
    return this;
  }

  /** An "omitted when empty" field whose importer default is empty too. */
  Out omitEmpty(String name, Object value) {
    return omitEmpty(name, value, null);
  }

  /** An "omitted when empty" field; {@code importDefault} is what an importer gives it when it is missing. */
  Out omitEmpty(String name, Object value, Object importDefault) {
    if (value == null || (isEmpty(value) && (importDefault == null || isEmpty(importDefault)))) {
      return this;
    }
    fields.put(name, json(value));
    return this;
  }

  Json.Obj obj() {
    return new Json.Obj(fields);
  }

  static boolean isEmpty(Object v) {
    return v == null || Boolean.FALSE.equals(v) || (v instanceof Number n && n.longValue() == 0)
        || (v instanceof String s && s.isEmpty());
  }

  static Json json(Object v) {
    if (v == null) {
      return Json.Null.NULL;
    }
    if (v instanceof Json j) {
      return j;
    }
    if (v instanceof Boolean b) {
      return new Json.Bool(b);
    }
    if (v instanceof Number n) {
      return new Json.Num(BigDecimal.valueOf(n.longValue()));
    }
    return new Json.Str(v.toString());
  }

  /** Our buttons column as a Button array; null when there are none. */
  static Json.Arr buttons(Object column) {
    ButtonGrid grid = ButtonsJson.read(column == null ? null : column.toString());
    if (grid.isEmpty()) {
      return null;
    }
    List<Json> items = new ArrayList<>();
    for (List<UrlButton> row : grid.rows()) {
      for (int i = 0; i < row.size(); i++) {
        items.add(new Out().omitEmpty("name", row.get(i).text()).omitEmpty("url", row.get(i).url())
            .always("btn_sameline", i > 0).obj());
      }
    }
    return new Json.Arr(items);
  }

  static Json.Arr array(List<?> values) {
    return new Json.Arr(values.stream().map(Out::json).toList());
  }
}
