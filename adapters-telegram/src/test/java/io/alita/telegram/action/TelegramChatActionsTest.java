package io.alita.telegram.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.alita.domain.action.ActionResult;
import io.alita.domain.action.Button;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.ChatPermissions;
import io.alita.domain.action.Keyboard;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminRights;
import io.alita.domain.permission.Right;
import io.alita.telegram.fakeapi.ApiCall;
import io.alita.telegram.fakeapi.FakeBotApi;
import io.alita.telegram.fakeapi.FakeChat;
import io.alita.telegram.fakeapi.FakeMembers;
import io.alita.telegram.fakeapi.FakeUser;
import io.alita.telegram.fakeapi.SentMedia;
import io.alita.domain.content.ContentType;
import io.alita.domain.update.Media;
import io.alita.telegram.send.OutboundRateLimiter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;

/** Domain actions carried out by the real client and limiter, over real HTTP, against the fake Bot API. */
class TelegramChatActionsTest {

  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final FakeChat GROUP = FakeChat.supergroup(-1001234567890L, "Alita testers");
  private static final ChatId CHAT = ChatId.of(GROUP.id());
  private static final FakeUser ALICE = FakeUser.of(111, "Alice", "alice");
  private static final FakeUser CAROL = FakeUser.of(113, "Carol", "carol");

  private FakeBotApi api;
  private TelegramChatActions actions;

  @BeforeEach
  void start() {
    api = FakeBotApi.start();
    api.setChat(GROUP);
    actions = new TelegramChatActions(new OkHttpTelegramClient(api.token(), api.telegramUrl()),
        OutboundRateLimiter.withTelegramDefaults());
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void sendsHtmlWithAKeyboardAsAQuietReply() {
    Keyboard keyboard = Keyboard.row(new Button.Url("Rules", "https://t.me/alita_test_bot?start=rules"),
        new Button.Callback("Remove warn", "rmWarn|v1|u=113"));
    OutgoingMessage message = OutgoingMessage.replyTo(CHAT, MessageId.of(2003), "<b>Carol</b> has 1/3 warnings.")
        .withKeyboard(keyboard).silently();

    ActionResult result = actions.execute(new ChatAction.Send(message));

    ApiCall call = api.awaitCall("sendmessage", WAIT);
    assertEquals(new ActionResult.Sent(MessageId.of(call.result().get("message_id").asInt())), result);
    assertEquals(GROUP.id(), call.longParam("chat_id"));
    assertEquals("<b>Carol</b> has 1/3 warnings.", call.param("text"));
    assertEquals("HTML", call.param("parse_mode"));
    assertEquals("true", call.param("disable_notification"));
    JsonNode reply = call.json("reply_parameters");
    assertEquals(2003, reply.get("message_id").asInt());
    assertTrue(reply.get("allow_sending_without_reply").asBoolean());
    assertTrue(call.json("link_preview_options").get("is_disabled").asBoolean());
    JsonNode row = call.json("reply_markup").get("inline_keyboard").get(0);
    assertEquals("Rules", row.get(0).get("text").asText());
    assertEquals("https://t.me/alita_test_bot?start=rules", row.get(0).get("url").asText());
    assertEquals("rmWarn|v1|u=113", row.get(1).get("callback_data").asText());
  }

  @Test
  void aPictureIsUploadedWithItsCaptionAndKeyboard() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
    io.alita.domain.action.Keyboard keyboard = io.alita.domain.action.Keyboard.row(
        io.alita.domain.action.Button.Callback.of("4", io.alita.domain.callback.CallbackData.of(
            io.alita.domain.callback.CallbackNamespace.CAPTCHA_VERIFY).with("s", "4")));
    ActionResult result = actions.execute(new io.alita.domain.action.ChatAction.SendPhoto(CHAT, png, "<b>2+2?</b>",
        keyboard, java.util.Optional.empty()));

    assertInstanceOf(ActionResult.Sent.class, result);
    var call = api.awaitCall("sendphoto", java.time.Duration.ofSeconds(5));
    assertEquals("<b>2+2?</b>", call.param("caption"));
    assertEquals("HTML", call.param("parse_mode"));
    assertEquals("image.png", call.uploadedFile("photo"));
    assertTrue(call.param("reply_markup").contains("captcha_verify"), call.toString());
  }

  @Test
  void aTextGoesIntoItsForumTopicAndMayBeProtected() {
    actions.execute(new ChatAction.Send(OutgoingMessage.to(CHAT, "Read the rules").inThread(Optional.of(77))
        .withProtect(true)));

    ApiCall call = api.awaitCall("sendmessage", WAIT);
    assertEquals(77, call.longParam("message_thread_id"));
    assertEquals("true", call.param("protect_content"));
  }

  @Test
  void everyKindOfFileIsSentByIdWithItsCaptionKeyboardTopicAndFlags() {
    Keyboard keyboard = Keyboard.row(new Button.Url("Rules", "https://t.me/alita_test_bot?start=rules"));
    record Expected(ContentType type, String method, String field) {}
    List<Expected> all = List.of(new Expected(ContentType.STICKER, "sendsticker", "sticker"),
        new Expected(ContentType.DOCUMENT, "senddocument", "document"),
        new Expected(ContentType.PHOTO, "sendphoto", "photo"),
        new Expected(ContentType.AUDIO, "sendaudio", "audio"),
        new Expected(ContentType.VOICE, "sendvoice", "voice"),
        new Expected(ContentType.VIDEO, "sendvideo", "video"),
        new Expected(ContentType.VIDEO_NOTE, "sendvideonote", "video_note"),
        new Expected(ContentType.ANIMATION, "sendanimation", "animation"));
    for (Expected e : all) {
      String fileId = "AgAD-" + e.field() + "-file";
      String caption = e.type().takesText() ? "<b>Our</b> " + e.field() : "";
      ActionResult result = actions.execute(new ChatAction.SendMedia(CHAT, new Media(e.type(), fileId), caption,
          keyboard, Optional.of(MessageId.of(2003)), Optional.of(42), true, true));

      SentMedia sent = api.awaitNextMedia(GROUP.id(), WAIT);
      assertEquals(new ActionResult.Sent(MessageId.of(sent.messageId())), result, e.toString());
      assertEquals(e.method(), sent.method());
      assertEquals(fileId, sent.fileId(), "the file goes by id, never as an upload");
      assertEquals(e.type().takesText() ? caption : "", sent.caption(), e.method());
      assertEquals(e.type().takesText() ? "HTML" : "", sent.parseMode(), e.method());
      assertEquals(List.of(List.of("Rules")), sent.buttonTexts(), e.method());
      assertEquals("https://t.me/alita_test_bot?start=rules",
          sent.keyboard().orElseThrow().get("inline_keyboard").get(0).get(0).get("url").asText());
      assertEquals(Optional.of(2003), sent.replyTo(), e.method());
      assertTrue(sent.allowSendingWithoutReply(), e.method());
      assertEquals(Optional.of(42), sent.threadId(), e.method());
      assertTrue(sent.protect(), e.method());
      assertTrue(sent.silent(), e.method());
    }
    assertEquals(8, api.sentMedia().size());
  }

  @Test
  void aFileWithoutCaptionOrOptionsSendsNoneOfThem() {
    actions.execute(new ChatAction.SendMedia(CHAT, new Media(ContentType.PHOTO, "AgAD-photo"), "", Keyboard.NONE,
        Optional.empty(), Optional.empty(), false, false));

    ApiCall call = api.awaitCall("sendphoto", WAIT);
    assertEquals("AgAD-photo", call.param("photo"));
    for (String absent : List.of("caption", "parse_mode", "reply_markup", "reply_parameters", "message_thread_id",
        "protect_content", "disable_notification")) {
      assertFalse(call.has(absent), absent + " in " + call);
    }
  }

  @Test
  void aFileIdTelegramRefusesIsARefusalNotAnError() {
    api.refuseFileId("foreign-bot-file");

    ActionResult result = actions.execute(new ChatAction.SendMedia(CHAT,
        new Media(ContentType.DOCUMENT, "foreign-bot-file"), "Rules", Keyboard.NONE, Optional.empty(), Optional.empty(),
        false, false));

    ActionResult.Refused refused = assertInstanceOf(ActionResult.Refused.class, result);
    assertEquals(ActionResult.Refusal.FILE_REFUSED, refused.reason());
    assertTrue(refused.detail().contains("wrong file identifier"), refused.detail());
    api.failNext("sendsticker", 400, "Bad Request: failed to get HTTP URL content");
    ActionResult sticker = actions.execute(new ChatAction.SendMedia(CHAT, new Media(ContentType.STICKER, "CAAC"), "",
        Keyboard.NONE, Optional.empty(), Optional.empty(), false, false));
    assertEquals(ActionResult.Refusal.FILE_REFUSED, ((ActionResult.Refused) sticker).reason());
  }

  @Test
  void aFileRefusedWith429IsSentAgainOnce() {
    api.failNext("sendvideo", 429, 1);

    ActionResult result = actions.execute(new ChatAction.SendMedia(CHAT, new Media(ContentType.VIDEO, "BAAC"), "",
        Keyboard.NONE, Optional.empty(), Optional.empty(), false, false));

    assertInstanceOf(ActionResult.Sent.class, result);
    List<ApiCall> sends = api.calls("sendvideo");
    assertEquals(List.of(429, 0), sends.stream().map(ApiCall::errorCode).toList());
  }

  @Test
  void aPlainMessageHasNoReplyNoKeyboardAndMayPreviewLinks() {
    actions.execute(new ChatAction.Send(OutgoingMessage.to(CHAT, "hi https://example.org").withLinkPreview(true)));

    ApiCall call = api.awaitCall("sendmessage", WAIT);
    assertFalse(call.has("reply_parameters"));
    assertFalse(call.has("reply_markup"));
    assertFalse(call.has("disable_notification"));
    assertFalse(call.has("message_thread_id"));
    assertFalse(call.has("protect_content"));
    assertFalse(call.json("link_preview_options").get("is_disabled").asBoolean());
  }

  @Test
  void aMessageRefusedWith429IsRetriedAndSentOnce() {
    api.failNext("sendmessage", 429, 1);

    ActionResult result = actions.execute(new ChatAction.Send(OutgoingMessage.to(CHAT, "Welcome!")));

    assertInstanceOf(ActionResult.Sent.class, result);
    List<ApiCall> sends = api.calls("sendmessage");
    assertEquals(2, sends.size());
    assertEquals(429, sends.get(0).errorCode());
    assertEquals(1, sends.stream().filter(ApiCall::succeeded).count(), "nothing lost, nothing doubled");
  }

  @Test
  void aPictureRefusedWith429IsUploadedAgainInFull() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
    api.failNext("sendphoto", 429, 1);

    ActionResult result = actions.execute(new ChatAction.SendPhoto(CHAT, png, "<b>2+2?</b>", Keyboard.NONE,
        Optional.empty()));

    assertInstanceOf(ActionResult.Sent.class, result);
    List<ApiCall> uploads = api.calls("sendphoto");
    assertEquals(2, uploads.size());
    assertEquals(List.of((long) png.length, (long) png.length), uploads.stream().map(c -> c.uploadedSize("photo"))
        .toList(), "the retry carries the picture again, not an exhausted stream");
  }

  @Test
  void asynchronousActionsWaitOutAChatsPauseWhileAnotherChatsGoAhead() throws Exception {
    ScheduledExecutorService waits = Executors.newSingleThreadScheduledExecutor();
    ExecutorService requests = Executors.newSingleThreadExecutor();
    try {
      TelegramChatActions async = new TelegramChatActions(new OkHttpTelegramClient(api.token(), api.telegramUrl()),
          OutboundRateLimiter.withTelegramDefaults(), waits, requests);
      ChatId otherChat = ChatId.of(-1009876543210L);
      api.failNextInChat("sendmessage", GROUP.id(), 429, 1);

      CompletableFuture<ActionResult> flooded = async.executeLater(
          new ChatAction.Send(OutgoingMessage.to(CHAT, "Welcome!")));
      api.awaitCall("sendmessage", c -> c.errorCode() == 429, WAIT);
      // The only request thread is not held by the waiting send: another chat's message goes out on it meanwhile.
      ActionResult elsewhere = async.executeLater(new ChatAction.Send(OutgoingMessage.to(otherChat, "Hi"))).get(5,
          TimeUnit.SECONDS);

      assertInstanceOf(ActionResult.Sent.class, elsewhere);
      assertInstanceOf(ActionResult.Sent.class, flooded.get(5, TimeUnit.SECONDS));
      ApiCall refused = api.awaitCall("sendmessage", c -> c.errorCode() == 429, WAIT);
      ApiCall retried = api.awaitCall("sendmessage", c -> c.succeeded() && c.longParam("chat_id") == GROUP.id(), WAIT);
      ApiCall other = api.awaitCall("sendmessage", c -> c.longParam("chat_id") == otherChat.value(), WAIT);
      assertTrue(other.sequence() < retried.sequence(), "the other chat did not wait for the pause");
      assertTrue(Duration.between(refused.receivedAt(), retried.receivedAt()).toMillis() >= 900,
          "the flooded chat waited out retry_after");
    } finally {
      waits.shutdownNow();
      requests.shutdownNow();
    }
  }

  @Test
  void banUntilATimeSendsUnixSeconds() {
    Instant until = Instant.parse("2030-01-02T03:04:05Z");

    ActionResult result = actions.execute(new ChatAction.Ban(CHAT, UserId.of(CAROL.id()), Optional.of(until)));

    assertEquals(new ActionResult.Done(), result);
    ApiCall call = api.awaitCall("banchatmember", WAIT);
    assertEquals(CAROL.id(), call.longParam("user_id"));
    assertEquals(until.getEpochSecond(), call.longParam("until_date"));
    assertEquals("kicked", api.chatMember(GROUP.id(), CAROL.id()).get("status").asText());
  }

  @Test
  void aBanForGoodSendsNoUntilDate() {
    actions.execute(new ChatAction.Ban(CHAT, UserId.of(CAROL.id()), Optional.empty()));

    assertFalse(api.awaitCall("banchatmember", WAIT).has("until_date"));
  }

  @Test
  void restrictSendsIndependentPermissionsAndUntilDate() {
    Instant until = Instant.parse("2030-01-02T03:04:05Z");
    ChatPermissions textOnly = new ChatPermissions(true, false, false, false, false, false, false, false, false, false,
        false, false, false, false);

    ActionResult result =
        actions.execute(new ChatAction.Restrict(CHAT, UserId.of(CAROL.id()), textOnly, Optional.of(until)));

    assertEquals(new ActionResult.Done(), result);
    ApiCall call = api.awaitCall("restrictchatmember", WAIT);
    assertEquals("true", call.param("use_independent_chat_permissions"));
    assertEquals(until.getEpochSecond(), call.longParam("until_date"));
    JsonNode permissions = call.json("permissions");
    assertTrue(permissions.get("can_send_messages").asBoolean());
    assertFalse(permissions.get("can_send_photos").asBoolean());
    assertFalse(permissions.get("can_add_web_page_previews").asBoolean());
    assertEquals("restricted", api.chatMember(GROUP.id(), CAROL.id()).get("status").asText());
  }

  @Test
  void kickIsUnbanWithoutOnlyIfBannedAndRemovesTheMember() {
    api.setChatMember(GROUP.id(), FakeMembers.member(CAROL));

    ActionResult result = actions.execute(new ChatAction.Kick(CHAT, UserId.of(CAROL.id())));

    assertEquals(new ActionResult.Done(), result);
    ApiCall call = api.awaitCall("unbanchatmember", WAIT);
    assertFalse(call.has("only_if_banned"));
    assertEquals("left", api.chatMember(GROUP.id(), CAROL.id()).get("status").asText());
    assertTrue(api.calls("banchatmember").isEmpty(), "one call, no ban in between");
  }

  @Test
  void unbanLeavesAPresentMemberAlone() {
    api.setChatMember(GROUP.id(), FakeMembers.member(CAROL));

    actions.execute(new ChatAction.Unban(CHAT, UserId.of(CAROL.id())));

    assertEquals("true", api.awaitCall("unbanchatmember", WAIT).param("only_if_banned"));
    assertEquals("member", api.chatMember(GROUP.id(), CAROL.id()).get("status").asText());
  }

  @Test
  void manyDeletionsGoOutAsDeleteMessagesInBatchesOfAHundred() {
    List<MessageId> ids = IntStream.rangeClosed(1, 250).mapToObj(MessageId::of).toList();

    ActionResult result = actions.execute(new ChatAction.Delete(CHAT, ids));

    assertEquals(new ActionResult.Done(), result);
    List<ApiCall> calls = api.awaitCalls("deletemessages", 3, WAIT);
    List<Integer> sizes = calls.stream().map(c -> c.json("message_ids").size()).toList();
    assertEquals(List.of(100, 100, 50), sizes);
    List<Integer> sent = new ArrayList<>();
    calls.forEach(c -> c.json("message_ids").forEach(id -> sent.add(id.asInt())));
    assertEquals(ids.stream().map(MessageId::value).toList(), sent);
    assertTrue(api.calls("deletemessage").isEmpty());
  }

  @Test
  void oneDeletionIsDeleteMessageAndAMessageAlreadyGoneIsDone() {
    int id = api.updates().text(GROUP, ALICE, "spam").get("message").get("message_id").asInt();

    assertEquals(new ActionResult.Done(), actions.execute(ChatAction.Delete.one(CHAT, MessageId.of(id))));
    assertEquals(new ActionResult.Done(), actions.execute(ChatAction.Delete.one(CHAT, MessageId.of(id))));

    List<ApiCall> calls = api.awaitCalls("deletemessage", 2, WAIT);
    assertTrue(calls.get(0).succeeded());
    assertEquals(400, calls.get(1).errorCode(), "Telegram said it is gone; the domain hears done");
  }

  @Test
  void missingRightsComeBackAsARefusalNotAnException() {
    api.setChatMember(GROUP.id(), FakeMembers.administrator(api.botUser(), FakeMembers.AdminRight.CAN_DELETE_MESSAGES));

    ActionResult result = actions.execute(new ChatAction.Ban(CHAT, UserId.of(CAROL.id()), Optional.empty()));

    ActionResult.Refused refused = assertInstanceOf(ActionResult.Refused.class, result);
    assertEquals(ActionResult.Refusal.NOT_ENOUGH_RIGHTS, refused.reason());
    assertTrue(refused.detail().contains("not enough rights"), refused.detail());
  }

  @Test
  void anAdminTargetAndAKickedBotAreRefusalsToo() {
    api.setChatMember(GROUP.id(), FakeMembers.administrator(ALICE));
    ActionResult adminTarget = actions.execute(new ChatAction.Restrict(CHAT, UserId.of(ALICE.id()),
        ChatPermissions.NOTHING, Optional.empty()));
    assertEquals(ActionResult.Refusal.USER_IS_ADMIN, ((ActionResult.Refused) adminTarget).reason());

    api.setChatMember(GROUP.id(), FakeMembers.kicked(api.botUser(), 0));
    ActionResult kicked = actions.execute(new ChatAction.Send(OutgoingMessage.to(CHAT, "anyone?")));
    assertEquals(ActionResult.Refusal.BOT_NOT_IN_CHAT, ((ActionResult.Refused) kicked).reason());
  }

  @Test
  void anUnexpectedApiErrorIsRefusedAsOther() {
    api.failNext("pinchatmessage", 500, "Internal Server Error: try later");

    ActionResult result = actions.execute(new ChatAction.Pin(CHAT, MessageId.of(5), false));

    ActionResult.Refused refused = assertInstanceOf(ActionResult.Refused.class, result);
    assertEquals(ActionResult.Refusal.OTHER, refused.reason());
    assertTrue(refused.detail().contains("500"), refused.detail());
  }

  @Test
  void anUnreachableApiIsRefusedAsOther() {
    api.close();

    ActionResult result = actions.execute(new ChatAction.Send(OutgoingMessage.to(CHAT, "hello?")));

    assertEquals(ActionResult.Refusal.OTHER, ((ActionResult.Refused) result).reason());
  }

  @Test
  void anEditThatChangesNothingIsDone() {
    api.failNext("editmessagetext", 400, "Bad Request: message is not modified: specified new message content and "
        + "reply markup are exactly the same as a current content and reply markup of the message");

    ActionResult result = actions.execute(new ChatAction.Edit(CHAT, MessageId.of(9), "same", Keyboard.NONE));

    assertEquals(new ActionResult.Done(), result);
    ApiCall call = api.awaitCall("editmessagetext", WAIT);
    assertEquals("HTML", call.param("parse_mode"));
    assertFalse(call.has("reply_markup"), "no keyboard: the edit removes it");
  }

  @Test
  void theOtherActionsReachTheirMethods() {
    UserId dave = UserId.of(114);
    actions.execute(new ChatAction.Promote(CHAT, dave, AdminRights.of(Right.DELETE_MESSAGES, Right.PIN_MESSAGES)));
    ApiCall promote = api.awaitCall("promotechatmember", WAIT);
    assertEquals("true", promote.param("can_delete_messages"));
    assertEquals("true", promote.param("can_pin_messages"));
    assertEquals("false", promote.param("can_restrict_members"));
    assertEquals("true", promote.param("can_manage_chat"));

    actions.execute(new ChatAction.Promote(CHAT, dave, AdminRights.NONE));
    ApiCall demote = api.awaitCalls("promotechatmember", 2, WAIT).get(1);
    assertEquals("false", demote.param("can_manage_chat"));
    assertEquals("member", api.chatMember(GROUP.id(), 114).get("status").asText());

    assertEquals(new ActionResult.Done(), actions.execute(new ChatAction.SetAdminTitle(CHAT, dave, "Mod")));
    assertEquals("Mod", api.awaitCall("setchatadministratorcustomtitle", WAIT).param("custom_title"));

    actions.execute(new ChatAction.Pin(CHAT, MessageId.of(5), true));
    assertEquals("false", api.awaitCall("pinchatmessage", WAIT).param("disable_notification"));
    actions.execute(new ChatAction.Unpin(CHAT, Optional.empty()));
    assertFalse(api.awaitCall("unpinchatmessage", WAIT).has("message_id"));
    actions.execute(new ChatAction.UnpinAll(CHAT));
    api.awaitCall("unpinallchatmessages", WAIT);
    actions.execute(new ChatAction.Pin(CHAT, MessageId.of(6), false));
    ApiCall quietPin = api.awaitCalls("pinchatmessage", 2, WAIT).get(1);
    assertEquals("true", quietPin.param("disable_notification"));
    assertEquals(6, quietPin.longParam("message_id"));

    assertEquals(new ActionResult.Done(), actions.execute(new ChatAction.React(CHAT, MessageId.of(7), "❤\u200D🔥")));
    ApiCall react = api.awaitCall("setmessagereaction", WAIT);
    assertEquals(7, react.longParam("message_id"));
    JsonNode reaction = react.json("reaction").get(0);
    assertEquals("emoji", reaction.get("type").asText());
    assertEquals("❤\u200D🔥", reaction.get("emoji").asText());

    actions.execute(new ChatAction.AnswerButton(CHAT, "4382", "Removed", true));
    ApiCall answer = api.awaitCall("answercallbackquery", WAIT);
    assertEquals("4382", answer.param("callback_query_id"));
    assertEquals("Removed", answer.param("text"));
    assertEquals("true", answer.param("show_alert"));
    actions.execute(new ChatAction.AnswerButton(CHAT, "4383", "", false));
    ApiCall silent = api.awaitCalls("answercallbackquery", 2, WAIT).get(1);
    assertNull(silent.param("text"));

    ChatId channel = ChatId.of(-1009876543210L);
    actions.execute(new ChatAction.BanSenderChat(CHAT, channel));
    assertEquals(channel.value(), api.awaitCall("banchatsenderchat", WAIT).longParam("sender_chat_id"));
    actions.execute(new ChatAction.UnbanSenderChat(CHAT, channel));
    api.awaitCall("unbanchatsenderchat", WAIT);

    actions.execute(new ChatAction.ApproveJoinRequest(CHAT, UserId.of(115)));
    assertEquals(115, api.awaitCall("approvechatjoinrequest", WAIT).longParam("user_id"));
    actions.execute(new ChatAction.DeclineJoinRequest(CHAT, UserId.of(116)));
    assertEquals(116, api.awaitCall("declinechatjoinrequest", WAIT).longParam("user_id"));

    assertEquals(new ActionResult.Done(), actions.execute(new ChatAction.LeaveChat(CHAT)));
    api.awaitCall("leavechat", WAIT);
  }
}
