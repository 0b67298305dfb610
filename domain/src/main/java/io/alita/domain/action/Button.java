package io.alita.domain.action;

import io.alita.domain.callback.CallbackData;
import java.util.Objects;

/** An inline keyboard button: a link, or a button that comes back to the bot as a callback. */
public sealed interface Button {

  String text();

  /** Opens {@code url}. */
  record Url(String text, String url) implements Button {
    public Url {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(url, "url");
    }
  }

  /** Comes back as a button press carrying {@code data} (at most 64 bytes encoded; checked when built). */
  record Callback(String text, String data) implements Button {
    public Callback {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(data, "data");
    }

    public static Callback of(String text, CallbackData data) {
      return new Callback(text, data.encode());
    }
  }
}
