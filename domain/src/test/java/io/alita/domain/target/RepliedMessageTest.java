package io.alita.domain.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RepliedMessageTest {

  private static final ChatId GROUP = ChatId.of(-1001111111111L);
  private static final ChatId CHANNEL = ChatId.of(-1002222222222L);

  @Test
  void postSignedAsTheGroupItselfIsAnAnonymousAdminPost() {
    assertTrue(RepliedMessage.fromSenderChat(GROUP, UserId.GROUP_ANONYMOUS_BOT, GROUP).isAnonymousAdminPost());
    assertFalse(RepliedMessage.fromSenderChat(GROUP, UserId.TELEGRAM, CHANNEL).isAnonymousAdminPost());
    assertFalse(RepliedMessage.fromUser(GROUP, UserId.of(5)).isAnonymousAdminPost());
  }

  @Test
  void anonymousAdminPostWithoutFromStillTargetsTheAnonymousAdminBot() {
    RepliedMessage message = new RepliedMessage(GROUP, Optional.empty(), Optional.of(GROUP));
    assertEquals(Optional.of(new Target.User(UserId.GROUP_ANONYMOUS_BOT)), message.sender());
  }

  @Test
  void channelPostWithoutFromTargetsTheChannel() {
    RepliedMessage message = new RepliedMessage(GROUP, Optional.empty(), Optional.of(CHANNEL));
    assertEquals(Optional.of(new Target.Channel(CHANNEL)), message.sender());
  }
}
