package io.alita.domain.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.ChatPermissions;
import io.alita.domain.dispatch.Requirement.TeamLevel;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.ChatMember;
import io.alita.domain.permission.ChatQueries;
import io.alita.domain.permission.MemberStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConsoleAccessTest {

  static final UserId OWNER = UserId.of(1);
  static final UserId SUDO = UserId.of(2);
  static final UserId ADMIN = UserId.of(3);
  static final ChatId GROUP_A = ChatId.of(-1001L);
  static final ChatId GROUP_B = ChatId.of(-1002L);

  /** Telegram as a map: (chat, user) -> status; anything else is unknown. */
  static final class Telegram implements ChatQueries {
    final Map<String, MemberStatus> statuses = new HashMap<>();
    int asked;

    void set(ChatId chat, UserId user, MemberStatus status) {
      statuses.put(chat.value() + ":" + user.value(), status);
    }

    @Override
    public List<ChatMember> administrators(ChatId chat) {
      return List.of();
    }

    @Override
    public Optional<ChatMember> member(ChatId chat, UserId user) {
      asked++;
      return Optional.ofNullable(statuses.get(chat.value() + ":" + user.value())).map(s -> ChatMember.of(user, s));
    }

    @Override
    public Optional<ChatPermissions> defaultPermissions(ChatId chat) {
      return Optional.empty();
    }

    @Override
    public Optional<String> inviteLink(ChatId chat) {
      return Optional.empty();
    }
  }

  final Telegram telegram = new Telegram();
  final ConsoleAccess access = new ConsoleAccess(OWNER, (user, level) -> user.equals(SUDO) && level == TeamLevel.SUDO,
      (user, limit) -> user.equals(ADMIN) ? List.of(GROUP_A, GROUP_B) : List.of(), telegram);

  @Test
  void theOwnerAndTheTeamSeeEveryChatWithoutAskingTelegram() {
    assertEquals(ConsoleRole.OWNER, access.grant(new Person(OWNER, "o")).orElseThrow().user().role());
    assertEquals(ConsoleRole.TEAM, access.grant(new Person(SUDO, "s")).orElseThrow().user().role());
    assertEquals(0, telegram.asked);
  }

  @Test
  void aGroupAdminGetsOnlyTheChatsTelegramConfirms() {
    telegram.set(GROUP_A, ADMIN, MemberStatus.ADMINISTRATOR);
    telegram.set(GROUP_B, ADMIN, MemberStatus.MEMBER);
    ConsoleAccess.Grant grant = access.grant(new Person(ADMIN, "a")).orElseThrow();
    assertEquals(ConsoleRole.GROUP_ADMIN, grant.user().role());
    assertEquals(Set.of(GROUP_A), grant.chats());
  }

  @Test
  void someoneWhoAdministersNothingIsNotLetIn() {
    assertTrue(access.grant(new Person(UserId.of(99), "x")).isEmpty());
  }

  @Test
  void aDemotedAdminMayNoLongerChangeTheChat() {
    telegram.set(GROUP_A, ADMIN, MemberStatus.ADMINISTRATOR);
    ConsoleSession session = new ConsoleSession(new ConsoleUser(ADMIN, "a", ConsoleRole.GROUP_ADMIN), Set.of(GROUP_A),
        "t", Instant.MAX);
    assertTrue(access.mayChange(session, GROUP_A));
    assertFalse(access.mayChange(session, GROUP_B), "never granted");
    telegram.set(GROUP_A, ADMIN, MemberStatus.MEMBER);
    assertFalse(access.mayChange(session, GROUP_A), "asked again on every change");
  }

  @Test
  void anOperatorSeesNoChat() {
    ConsoleSession session = new ConsoleSession(ConsoleLogin.operator(), Set.of(), "t", Instant.MAX);
    assertFalse(session.maySee(GROUP_A));
    assertFalse(access.mayChange(session, GROUP_A));
  }
}
