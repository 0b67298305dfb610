package io.alita.domain.bans;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alita.domain.bans.TargetPicker.Protection;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.target.Target;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TargetPickerTest {

  static final ChatId CHAT = ChatId.of(-1001234567890L);
  static final UserId BOT = UserId.of(900);
  static final Set<UserId> ADMINS = Set.of(UserId.of(1), BOT);

  static Protection of(Target target) {
    return TargetPicker.protection(target, CHAT, BOT, ADMINS::contains);
  }

  @Test
  void anOrdinaryMemberMayBeActedOn() {
    assertEquals(Protection.NONE, of(new Target.User(UserId.of(2))));
  }

  @Test
  void theBotIsNamedAsItselfBeforeAsAnAdmin() {
    assertEquals(Protection.THE_BOT, of(new Target.User(BOT)));
  }

  @Test
  void adminsAndAnonymousStandInsAreProtected() {
    assertEquals(Protection.ADMIN, of(new Target.User(UserId.of(1))));
    assertEquals(Protection.ANONYMOUS_ADMIN, of(new Target.User(UserId.GROUP_ANONYMOUS_BOT)));
    assertEquals(Protection.ANONYMOUS_ADMIN, of(new Target.User(UserId.TELEGRAM)));
  }

  @Test
  void aChannelMayBeActedOnButNotTheChatItself() {
    assertEquals(Protection.NONE, of(new Target.Channel(ChatId.of(-1009876543210L))));
    assertEquals(Protection.THIS_CHAT, of(new Target.Channel(CHAT)));
  }
}
