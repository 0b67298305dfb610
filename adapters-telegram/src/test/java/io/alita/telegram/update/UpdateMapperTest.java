package io.alita.telegram.update;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.alita.domain.command.EntityType;
import io.alita.domain.command.MessageEntity;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.MemberStatus;
import io.alita.domain.permission.Right;
import io.alita.domain.target.Target;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.ButtonPress;
import io.alita.domain.update.Incoming;
import io.alita.domain.update.IncomingMessage;
import io.alita.domain.update.MemberChange;
import io.alita.domain.update.MessageKind;
import io.alita.domain.update.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

/** Realistic Bot API JSON, read by the library's own (default) ObjectMapper, mapped to domain events. */
class UpdateMapperTest {

  private static final ChatId GROUP = ChatId.of(-1001234567890L);
  private static final ChatId CHANNEL = ChatId.of(-1009876543210L);

  private final UpdateMapper mapper = new UpdateMapper();

  @Test
  void groupCommandKeepsTextEntitiesSenderAndChat() throws IOException {
    Incoming.Message incoming = message("group_command.json");
    IncomingMessage m = incoming.message();

    assertEquals(700000101L, incoming.updateId().value());
    assertEquals(MessageId.of(2001), m.id());
    assertEquals(GROUP, m.chatId());
    assertEquals(ChatKind.SUPERGROUP, m.chat().kind());
    assertEquals("Alita testers", m.chat().title());
    assertEquals("alita_testers", m.chat().username());
    assertEquals(new SeenUser(UserId.of(111), "Alice", "Liddell", "alice", false), m.from().orElseThrow());
    assertEquals(Instant.ofEpochSecond(1764150000L), m.date());
    assertEquals(MessageKind.TEXT, m.kind());
    assertEquals("/warn@alita_test_bot spamming 🙄 links", m.text());
    assertEquals(List.of(MessageEntity.of(EntityType.BOT_COMMAND, 0, 20)), m.entities());
    assertEquals("/warn@alita_test_bot", m.entities().get(0).textIn(m.text()));
    assertFalse(m.edited());
    assertFalse(m.forwarded());
    assertTrue(m.replyTo().isEmpty());
    assertTrue(m.senderChat().isEmpty());
  }

  @Test
  void captionStandsInForTextWithItsOwnEntities() throws IOException {
    IncomingMessage m = message("caption_with_url.json").message();

    assertEquals(MessageKind.PHOTO, m.kind());
    assertEquals("👉 see https://example.org now", m.text());
    assertEquals(List.of(MessageEntity.of(EntityType.URL, 7, 19), MessageEntity.textLink(0, 2, "https://t.me/alita")),
        m.entities());
    // UTF-16 offsets: the emoji counts two, exactly as in Java strings.
    assertEquals("https://example.org", m.entities().get(0).textIn(m.text()));
    assertEquals("👉", m.entities().get(1).textIn(m.text()));
    assertEquals("13912345678901234", m.mediaGroupId());
  }

  @Test
  void replyToAUserNamesThatUser() throws IOException {
    Reply reply = message("reply_to_user.json").message().replyTo().orElseThrow();

    assertEquals(MessageId.of(2003), reply.id());
    assertEquals(Optional.of(UserId.of(113)), reply.sender().from());
    assertTrue(reply.sender().senderChat().isEmpty());
    assertEquals(Optional.of(new Target.User(UserId.of(113))), reply.sender().sender());
    assertEquals("carol", reply.fromUser().orElseThrow().username());
    assertEquals("buy cheap followers", reply.text(), "the replied text travels along (/setrules as a reply)");
  }

  @Test
  void replyToAnAnonymousAdminIsRecognisedAsSuch() throws IOException {
    Reply reply = message("reply_to_anonymous_admin.json").message().replyTo().orElseThrow();

    assertEquals(Optional.of(UserId.GROUP_ANONYMOUS_BOT), reply.sender().from());
    assertEquals(Optional.of(GROUP), reply.sender().senderChat());
    assertTrue(reply.sender().isAnonymousAdminPost());
    assertEquals(Optional.of(new Target.User(UserId.GROUP_ANONYMOUS_BOT)), reply.sender().sender());
    assertTrue(reply.fromUser().isEmpty(), "GroupAnonymousBot is a placeholder, not a person to track");
  }

  @Test
  void linkedChannelPostForwardedIntoTheGroup() throws IOException {
    IncomingMessage m = message("automatic_forward.json").message();

    assertEquals(UserId.TELEGRAM, m.from().orElseThrow().id());
    assertEquals(CHANNEL, m.senderChat().orElseThrow().id());
    assertEquals("alita_news", m.senderChat().orElseThrow().username());
    assertTrue(m.forwarded());
    assertEquals(CHANNEL, m.forwardedFrom().orElseThrow().id());
    assertEquals("Alita News", m.forwardedFrom().orElseThrow().title());
    assertEquals(GROUP, m.chatId());
  }

  @Test
  void newMembersServiceMessage() throws IOException {
    IncomingMessage m = message("new_chat_members.json").message();

    assertEquals(MessageKind.SERVICE, m.kind());
    assertEquals(List.of(UserId.of(114), UserId.of(7000000002L)), m.newMembers().stream().map(SeenUser::id).toList());
    assertTrue(m.newMembers().get(1).isBot());
    assertEquals("", m.text());
  }

  @Test
  void leftMemberServiceMessage() throws IOException {
    IncomingMessage m = message("left_chat_member.json").message();

    assertEquals(MessageKind.SERVICE, m.kind());
    assertEquals(UserId.of(113), m.leftMember().orElseThrow().id());
  }

  @Test
  void migrationToASupergroupCarriesTheNewId() throws IOException {
    IncomingMessage m = message("migrate_to_supergroup.json").message();

    assertEquals(ChatKind.GROUP, m.chat().kind());
    assertEquals(Optional.of(ChatId.of(-1004012345678L)), m.migratedTo());
    assertEquals(MessageKind.SERVICE, m.kind());
  }

  @Test
  void callbackQueryBecomesAButtonPress() throws IOException {
    Incoming incoming = map("callback_query.json").orElseThrow();
    ButtonPress press = ((Incoming.Button) incoming).press();

    assertEquals("4382123456789012345", press.callbackId());
    assertEquals(UserId.of(111), press.from().id());
    assertEquals(GROUP, press.chat().id());
    assertEquals(MessageId.of(2010), press.message());
    assertEquals("rmWarn|v1|u=113", press.data());
    assertEquals(GROUP, incoming.chatId());
  }

  @Test
  void chatMemberPromotionCarriesRightsAndTitle() throws IOException {
    MemberChange change = ((Incoming.Member) map("chat_member_promotion.json").orElseThrow()).change();

    assertFalse(change.aboutTheBot());
    assertEquals(UserId.of(111), change.by().id());
    assertEquals(UserId.of(114), change.user().id());
    assertEquals(MemberStatus.MEMBER, change.before().status());
    assertEquals(MemberStatus.ADMINISTRATOR, change.after().status());
    assertTrue(change.after().can(Right.DELETE_MESSAGES));
    assertTrue(change.after().can(Right.RESTRICT_MEMBERS));
    assertTrue(change.after().can(Right.INVITE_USERS));
    assertTrue(change.after().can(Right.PIN_MESSAGES));
    assertFalse(change.after().can(Right.PROMOTE_MEMBERS));
    assertFalse(change.after().can(Right.CHANGE_INFO));
    assertEquals(Optional.of("Moderator"), change.after().customTitle());
    assertTrue(change.changesAdmins());
  }

  @Test
  void myChatMemberIsAboutTheBot() throws IOException {
    MemberChange change = ((Incoming.Member) map("my_chat_member_kicked.json").orElseThrow()).change();

    assertTrue(change.aboutTheBot());
    assertTrue(change.user().isBot());
    assertEquals(MemberStatus.KICKED, change.after().status());
    assertTrue(change.left());
  }

  @Test
  void channelPostIsAMessageOfAChannelChat() throws IOException {
    IncomingMessage m = message("channel_post.json").message();

    assertEquals(ChatKind.CHANNEL, m.chat().kind());
    assertEquals(CHANNEL, m.chatId());
    assertTrue(m.from().isEmpty());
    assertEquals("Maintenance tonight", m.text());
  }

  @Test
  void joinRequestNamesTheUserAndChat() throws IOException {
    Incoming.Join join = (Incoming.Join) map("chat_join_request.json").orElseThrow();

    assertEquals(GROUP, join.request().chat().id());
    assertEquals(UserId.of(115), join.request().user().id());
  }

  @Test
  void editedPrivateMessageIsMarkedEdited() throws IOException {
    IncomingMessage m = message("edited_message.json").message();

    assertTrue(m.edited());
    assertEquals(ChatKind.PRIVATE, m.chat().kind());
    assertEquals(null, m.chat().title());
  }

  @Test
  void otherUpdateTypesMapToNothing() throws IOException {
    assertTrue(map("poll.json").isEmpty());
  }

  private Incoming.Message message(String fixture) throws IOException {
    return (Incoming.Message) map(fixture).orElseThrow();
  }

  private Optional<Incoming> map(String fixture) throws IOException {
    return mapper.map(read(fixture));
  }

  /** The default ObjectMapper is what TelegramBots itself deserialises updates with. */
  static Update read(String fixture) throws IOException {
    try (InputStream in = UpdateMapperTest.class.getResourceAsStream("/updates/" + fixture)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + fixture);
      }
      return new ObjectMapper().readValue(in, Update.class);
    }
  }
}
