package io.alita.telegram.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alita.domain.action.ChatPermissions;
import io.alita.domain.action.ChatAction;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.ChatMember;
import io.alita.domain.permission.MemberStatus;
import io.alita.domain.permission.Right;
import io.alita.telegram.fakeapi.FakeBotApi;
import io.alita.telegram.fakeapi.FakeChat;
import io.alita.telegram.fakeapi.FakeMembers;
import io.alita.telegram.fakeapi.FakeUser;
import io.alita.telegram.send.OutboundRateLimiter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;

class TelegramChatQueriesTest {

  private static final FakeChat GROUP = FakeChat.supergroup(-1001234567890L, "Alita testers");
  private static final ChatId CHAT = ChatId.of(GROUP.id());
  private static final FakeUser OWNER = FakeUser.of(100, "Olga", "olga");
  private static final FakeUser ALICE = FakeUser.of(111, "Alice", "alice");
  private static final FakeUser CAROL = FakeUser.of(113, "Carol");

  private FakeBotApi api;
  private TelegramChatQueries queries;

  @BeforeEach
  void start() {
    api = FakeBotApi.start();
    api.setChat(GROUP);
    queries = new TelegramChatQueries(new OkHttpTelegramClient(api.token(), api.telegramUrl()),
        OutboundRateLimiter.withTelegramDefaults());
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void administratorsCarryTheirStatusRightsAndTitles() {
    api.setChatMember(GROUP.id(), FakeMembers.creator(OWNER));
    ObjectNode alice = FakeMembers.administrator(ALICE, FakeMembers.AdminRight.CAN_DELETE_MESSAGES,
        FakeMembers.AdminRight.CAN_RESTRICT_MEMBERS).put("custom_title", "Moderator");
    api.setChatMember(GROUP.id(), alice);
    api.setChatMember(GROUP.id(), FakeMembers.member(CAROL));

    Map<UserId, ChatMember> admins = queries.administrators(CHAT).stream()
        .collect(Collectors.toMap(ChatMember::user, Function.identity()));

    assertEquals(3, admins.size(), "owner, Alice and the bot; not Carol: " + admins);
    ChatMember owner = admins.get(UserId.of(OWNER.id()));
    assertEquals(MemberStatus.CREATOR, owner.status());
    assertTrue(owner.can(Right.PROMOTE_MEMBERS));
    ChatMember moderator = admins.get(UserId.of(ALICE.id()));
    assertEquals(MemberStatus.ADMINISTRATOR, moderator.status());
    assertTrue(moderator.can(Right.DELETE_MESSAGES));
    assertTrue(moderator.can(Right.RESTRICT_MEMBERS));
    assertFalse(moderator.can(Right.PIN_MESSAGES));
    assertEquals(Optional.of("Moderator"), moderator.customTitle());
    ChatMember bot = admins.get(UserId.of(api.botUser().id()));
    assertTrue(bot.isBot());
    assertTrue(bot.can(Right.PIN_MESSAGES));
  }

  @Test
  void oneMembershipByStatus() {
    api.setChatMember(GROUP.id(), FakeMembers.kicked(CAROL, 0));
    api.setChatMember(GROUP.id(), FakeMembers.restricted(ALICE, false, 0));

    assertEquals(MemberStatus.KICKED, queries.member(CHAT, UserId.of(CAROL.id())).orElseThrow().status());
    ChatMember muted = queries.member(CHAT, UserId.of(ALICE.id())).orElseThrow();
    assertEquals(MemberStatus.RESTRICTED, muted.status());
    assertTrue(muted.isPresent());
    assertEquals(MemberStatus.MEMBER, queries.member(CHAT, UserId.of(999)).orElseThrow().status());
  }

  @Test
  void defaultPermissionsComeFromGetChat() {
    api.respond("getchat", call -> {
      ObjectNode chat = new ObjectMapper().createObjectNode().put("id", GROUP.id()).put("type", "supergroup")
          .put("title", GROUP.title()).put("accent_color_id", 0).put("max_reaction_count", 11);
      chat.putObject("permissions").put("can_send_messages", true).put("can_send_photos", true)
          .put("can_invite_users", true);
      return chat;
    });

    ChatPermissions permissions = queries.defaultPermissions(CHAT).orElseThrow();

    assertTrue(permissions.sendMessages());
    assertTrue(permissions.sendPhotos());
    assertTrue(permissions.inviteUsers());
    assertFalse(permissions.sendPolls(), "left out means not allowed");
    assertFalse(permissions.pinMessages());
  }

  @Test
  void noPermissionsInGetChatIsUnknown() {
    assertEquals(Optional.empty(), queries.defaultPermissions(CHAT));
  }

  @Test
  void inviteLinkIsExported() {
    assertEquals(Optional.of("https://t.me/+fake" + Math.abs(GROUP.id())), queries.inviteLink(CHAT));
  }

  @Test
  void thePinnedMessageComesFromGetChatAndFollowsThePinsAndUnpins() {
    TelegramChatActions actions = new TelegramChatActions(
        new OkHttpTelegramClient(api.token(), api.telegramUrl()), OutboundRateLimiter.withTelegramDefaults());
    assertEquals(Optional.empty(), queries.pinnedMessage(CHAT));

    actions.execute(new ChatAction.Pin(CHAT, MessageId.of(5), false));
    actions.execute(new ChatAction.Pin(CHAT, MessageId.of(9), false));
    Optional<MessageId> nine = queries.pinnedMessage(CHAT);
    assertEquals(Optional.of(MessageId.of(9)), nine);

    actions.execute(new ChatAction.Unpin(CHAT, Optional.empty()));
    assertEquals(Optional.of(MessageId.of(5)), queries.pinnedMessage(CHAT));
    actions.execute(new ChatAction.UnpinAll(CHAT));
    assertEquals(Optional.empty(), queries.pinnedMessage(CHAT));

    api.failNext("getchat", 500, "Internal Server Error");
    actions.execute(new ChatAction.Pin(CHAT, MessageId.of(11), false));
    assertEquals(Optional.empty(), queries.pinnedMessage(CHAT), "a failure is unknown");
  }

  @Test
  void refusalsAndFailuresAreUnknownNotExceptions() {
    api.failNext("getchatadministrators", 400, "Bad Request: chat not found");
    api.failNext("getchatmember", 403, "Forbidden: bot was kicked from the supergroup chat");
    api.failNext("exportchatinvitelink", 400, "Bad Request: not enough rights to manage chat invite link");
    api.failNext("getchat", 500, "Internal Server Error");

    assertEquals(List.of(), queries.administrators(CHAT));
    assertEquals(Optional.empty(), queries.member(CHAT, UserId.of(CAROL.id())));
    assertEquals(Optional.empty(), queries.inviteLink(CHAT));
    assertEquals(Optional.empty(), queries.defaultPermissions(CHAT));
  }
}
