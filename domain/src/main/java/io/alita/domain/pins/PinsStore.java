package io.alita.domain.pins;

import io.alita.domain.model.ChatId;
import io.alita.domain.tracking.SeenChat;

/**
 * Outbound port: each chat's pin settings (the {@code pins} table). Writes join the event's transaction; a write for a
 * chat the store has not seen yet records the chat first.
 */
public interface PinsStore {

  /** The chat's settings; {@link PinSettings#DEFAULT} for a chat that never changed them. */
  PinSettings settings(ChatId chat);

  void setAntiChannelPin(SeenChat chat, boolean on);

  void setCleanLinked(SeenChat chat, boolean on);
}
