package io.alita.domain.pins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alita.domain.model.ChatId;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import org.junit.jupiter.api.Test;

/** What every {@link PinsStore} does, run against the in-memory fake and the PostgreSQL adapter. */
public abstract class PinsStoreContract {

  protected static final SeenChat CHAT = new SeenChat(ChatId.of(-1001), ChatKind.SUPERGROUP, "Pins", null);
  protected static final SeenChat OTHER_CHAT = new SeenChat(ChatId.of(-1002), ChatKind.SUPERGROUP, "Other", null);

  protected abstract PinsStore store();

  @Test
  void aChatThatNeverChangedThemHasBothOff() {
    assertEquals(PinSettings.DEFAULT, store().settings(CHAT.id()));
  }

  @Test
  void eachSettingIsSetOnItsOwnAndOnlyForItsChat() {
    store().setAntiChannelPin(CHAT, true);
    assertEquals(new PinSettings(true, false), store().settings(CHAT.id()));

    store().setCleanLinked(CHAT, true);
    assertEquals(new PinSettings(true, true), store().settings(CHAT.id()));

    store().setAntiChannelPin(CHAT, false);
    assertEquals(new PinSettings(false, true), store().settings(CHAT.id()));
    assertEquals(PinSettings.DEFAULT, store().settings(OTHER_CHAT.id()));
  }

  @Test
  void settingAValueTwiceKeepsIt() {
    store().setCleanLinked(CHAT, true);
    store().setCleanLinked(CHAT, true);

    assertEquals(new PinSettings(false, true), store().settings(CHAT.id()));
  }
}
