package io.alita.domain.antiraid;

import io.alita.domain.model.ChatId;
import io.alita.domain.timer.Timer;
import java.time.Instant;
import java.util.Objects;

/** A raid's time is up: its stored end is cleared (see {@link AntiraidModule}). */
record RaidEnd(ChatId chat, Instant until) implements Timer {

  RaidEnd {
    Objects.requireNonNull(chat, "chat");
    Objects.requireNonNull(until, "until");
  }

  @Override
  public String id() {
    return "raid-end:" + chat.value() + ":" + until.toEpochMilli();
  }
}
