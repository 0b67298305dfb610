package io.alita.telegram.fakeapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.groupadministration.BanChatMember;
import org.telegram.telegrambots.meta.api.methods.groupadministration.ExportChatInviteLink;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChat;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatAdministrators;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.methods.groupadministration.RestrictChatMember;
import org.telegram.telegrambots.meta.api.methods.groupadministration.UnbanChatMember;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendAnimation;
import org.telegram.telegrambots.meta.api.methods.send.SendAudio;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.send.SendSticker;
import org.telegram.telegrambots.meta.api.methods.send.SendVideo;
import org.telegram.telegrambots.meta.api.methods.send.SendVideoNote;
import org.telegram.telegrambots.meta.api.methods.send.SendVoice;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.objects.ChatPermissions;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.ChatFullInfo;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberAdministrator;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberBanned;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberLeft;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberOwner;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberRestricted;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The fake Bot API driven by the real TelegramBots client over HTTP. Long polling has its own test class. */
class FakeBotApiTest {

  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final FakeChat GROUP = FakeChat.supergroup(-1001234567890L, "Alita testers");
  private static final FakeUser ALICE = FakeUser.of(111, "Alice", "alice");
  private static final FakeUser BOB = FakeUser.of(222, "Bob");

  private FakeBotApi api;
  private TelegramClient client;

  @BeforeEach
  void start() {
    api = FakeBotApi.start();
    api.setChat(GROUP);
    client = new OkHttpTelegramClient(api.token(), api.telegramUrl());
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void getMeRoundTripsThroughTheRealClient() throws TelegramApiException {
    User me = client.execute(new GetMe());

    assertEquals(7000000001L, me.getId());
    assertEquals(FakeBotApi.BOT_USERNAME, me.getUserName());
    assertTrue(me.getIsBot());
    assertEquals(1, api.calls("getMe").size());
    assertTrue(api.calls().get(0).succeeded());
  }

  @Test
  void wrongTokenIsAnsweredWithTelegramsUnauthorizedAndNotRecorded() {
    TelegramClient intruder = new OkHttpTelegramClient("7000000001:wrong-secret", api.telegramUrl());

    TelegramApiRequestException e = assertThrows(TelegramApiRequestException.class, () -> intruder.execute(new GetMe()));

    assertEquals(401, e.getErrorCode());
    assertEquals("Unauthorized", e.getApiResponse());
    assertTrue(api.calls().isEmpty());
  }

  @Test
  void sendMessageIsRecordedWithItsParametersAndAnsweredWithAMessage() throws TelegramApiException {
    Message first = client.execute(new SendMessage(Long.toString(GROUP.id()), "Welcome, Alice!"));
    Message second = client.execute(new SendMessage(Long.toString(GROUP.id()), "Rules: be nice"));

    assertEquals(GROUP.id(), first.getChatId());
    assertEquals("Alita testers", first.getChat().getTitle());
    assertEquals("Welcome, Alice!", first.getText());
    assertTrue(first.getDate() > 0);
    assertTrue(second.getMessageId() > first.getMessageId());
    List<ApiCall> sends = api.calls("sendmessage");
    assertEquals(2, sends.size());
    assertEquals(GROUP.id(), sends.get(0).longParam("chat_id"));
    assertEquals("Rules: be nice", sends.get(1).param("text"));
    assertEquals(first.getMessageId(), sends.get(0).result().get("message_id").asInt());
  }

  @Test
  void injected429HasTelegramsExactShapeAndSurfacesRetryAfter() throws TelegramApiException {
    api.failNext("sendmessage", 429, 7);

    TelegramApiRequestException e = assertThrows(TelegramApiRequestException.class,
        () -> client.execute(new SendMessage(Long.toString(GROUP.id()), "too fast")));

    assertEquals(429, e.getErrorCode());
    assertEquals("Too Many Requests: retry after 7", e.getApiResponse());
    assertEquals(7, e.getParameters().getRetryAfter());
    assertFalse(api.calls("sendmessage").get(0).succeeded());
    assertEquals(429, api.calls("sendmessage").get(0).errorCode());
    // Only the next call fails.
    assertEquals("again", client.execute(new SendMessage(Long.toString(GROUP.id()), "again")).getText());
  }

  @Test
  void aFailureInjectedForOneChatLeavesOtherChatsAlone() throws TelegramApiException {
    long otherChat = -1009876543210L;
    api.failNextInChat("sendmessage", GROUP.id(), 429, 30);
    api.failNextInChat("sendmessage", GROUP.id(), 403, "Forbidden: bot was kicked from the supergroup chat");

    Message elsewhere = client.execute(new SendMessage(Long.toString(otherChat), "other chat"));
    TelegramApiRequestException flood = assertThrows(TelegramApiRequestException.class,
        () -> client.execute(new SendMessage(Long.toString(GROUP.id()), "flooded")));
    TelegramApiRequestException kicked = assertThrows(TelegramApiRequestException.class,
        () -> client.execute(new SendMessage(Long.toString(GROUP.id()), "kicked")));
    Message later = client.execute(new SendMessage(Long.toString(GROUP.id()), "fine again"));

    assertEquals("other chat", elsewhere.getText());
    assertEquals(429, flood.getErrorCode());
    assertEquals(30, flood.getParameters().getRetryAfter());
    assertEquals(403, kicked.getErrorCode());
    assertEquals("fine again", later.getText());
  }

  @Test
  void aFloodWindowRefusesEveryCallButGetUpdatesUntilItEnds() throws Exception {
    long otherChat = -1009876543210L;
    Instant until = api.floodEverything(3, Duration.ofMillis(600));
    api.floodChat(otherChat, 5, Duration.ofMinutes(5));

    TelegramApiRequestException send = assertThrows(TelegramApiRequestException.class,
        () -> client.execute(new SendMessage(Long.toString(GROUP.id()), "flooded")));
    TelegramApiRequestException me = assertThrows(TelegramApiRequestException.class, () -> client.execute(new GetMe()));
    assertTrue(client.execute(GetUpdates.builder().timeout(0).build()).isEmpty());

    assertEquals(429, send.getErrorCode());
    assertEquals(3, send.getParameters().getRetryAfter());
    assertEquals(3, me.getParameters().getRetryAfter());
    assertTrue(api.calls("sendmessage").stream().noneMatch(ApiCall::succeeded));
    long left = Duration.between(Instant.now(), until).toMillis();
    if (left > 0) {
      Thread.sleep(left + 1); // to the end of the window the test set itself
    }
    assertEquals("after", client.execute(new SendMessage(Long.toString(GROUP.id()), "after")).getText());
    TelegramApiRequestException other = assertThrows(TelegramApiRequestException.class,
        () -> client.execute(new SendMessage(Long.toString(otherChat), "still flooded")));
    assertEquals(5, other.getParameters().getRetryAfter());
  }

  @Test
  void injectedRefusalsCarryCodeAndDescription() {
    api.failNext("restrictchatmember", 400, "Bad Request: not enough rights to restrict/unrestrict chat member");
    api.failNext("sendmessage", 403, "Forbidden: bot was kicked from the group chat");

    TelegramApiRequestException restrict = assertThrows(TelegramApiRequestException.class, () -> client.execute(
        new RestrictChatMember(Long.toString(GROUP.id()), BOB.id(), ChatPermissions.builder().canSendMessages(false).build())));
    TelegramApiRequestException send = assertThrows(TelegramApiRequestException.class,
        () -> client.execute(new SendMessage(Long.toString(GROUP.id()), "hello?")));

    assertEquals(400, restrict.getErrorCode());
    assertEquals("Bad Request: not enough rights to restrict/unrestrict chat member", restrict.getApiResponse());
    assertEquals(403, send.getErrorCode());
    assertEquals("Forbidden: bot was kicked from the group chat", send.getApiResponse());
  }

  @Test
  void getUpdatesHonoursLimitAndOffsetAndConfirmsLowerIds() throws TelegramApiException {
    int first = api.updates().text(GROUP, ALICE, "one").get("update_id").asInt();
    api.updates().text(GROUP, ALICE, "two");
    api.updates().text(GROUP, ALICE, "three");

    List<Update> batch = client.execute(GetUpdates.builder().limit(2).timeout(0).build());
    assertEquals(List.of("one", "two"), batch.stream().map(u -> u.getMessage().getText()).toList());
    assertEquals(0, api.confirmedOffset());

    List<Update> rest = client.execute(GetUpdates.builder().offset(first + 1).timeout(0).build());
    assertEquals(List.of("two", "three"), rest.stream().map(u -> u.getMessage().getText()).toList());
    assertTrue(api.isConfirmed(first));
    assertFalse(api.isConfirmed(first + 1));
    assertEquals(2, api.deliveryCount(first + 1), "an unconfirmed update is delivered again");
    assertEquals(2, api.pendingUpdateCount());
  }

  @Test
  void emptyLongPollWaitsForTheTimeoutAndIsAnsweredEarlyByAnEnqueuedUpdate() throws Exception {
    long started = System.nanoTime();
    List<Update> none = client.execute(GetUpdates.builder().timeout(1).build());
    long waitedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    assertTrue(none.isEmpty());
    assertTrue(waitedMs >= 900, "held for the timeout, was " + waitedMs + " ms");

    CompletableFuture<List<Update>> poll = CompletableFuture.supplyAsync(() -> {
      try {
        return client.execute(GetUpdates.builder().timeout(4).build());
      } catch (TelegramApiException e) {
        throw new IllegalStateException(e);
      }
    });
    api.awaitCalls("getupdates", 2, WAIT);
    long enqueued = System.nanoTime();
    api.updates().text(GROUP, ALICE, "wake up");
    List<Update> woken = poll.get(3, TimeUnit.SECONDS);
    assertEquals("wake up", woken.get(0).getMessage().getText());
    assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - enqueued) < 3000, "answered before the 4 s timeout");
  }

  @Test
  void chatMemberUpdatesReachOnlyABotThatAskedForThem() throws TelegramApiException {
    int ignored = api.updates().chatMember(GROUP, ALICE, FakeMembers.left(BOB), FakeMembers.member(BOB))
        .get("update_id").asInt();

    assertTrue(client.execute(GetUpdates.builder().timeout(0).build()).isEmpty());
    assertEquals(ignored, api.droppedUpdates().get(0).get("update_id").asInt());

    api.updates().chatMember(GROUP, ALICE, FakeMembers.member(BOB), FakeMembers.kicked(BOB, 0));
    List<Update> asked = client.execute(
        GetUpdates.builder().timeout(0).allowedUpdates(List.of("message", "chat_member")).build());
    assertEquals("kicked", asked.get(0).getChatMember().getNewChatMember().getStatus());
    assertEquals(List.of("chat_member", "message"), api.allowedUpdates().stream().sorted().toList());
    assertEquals(List.of("message", "chat_member"),
        toList(api.calls("getupdates").get(1).json("allowed_updates")));
  }

  @Test
  void updateBuildersProduceWhatTelegramBotsParses() throws TelegramApiException {
    ObjectNode spam = api.updates().text(GROUP, BOB, "buy cheap coins");
    api.updates().commandReply(GROUP, ALICE, "/warn@alita_test_bot spam", spam.get("message"));
    api.updates().newChatMembers(GROUP, ALICE, FakeUser.of(333, "Carol"));
    Message sent = client.execute(new SendMessage(Long.toString(GROUP.id()), "Are you human?"));
    api.updates().callbackQuery(FakeUser.of(333, "Carol"), api.calls("sendmessage").get(0).result(), "captcha:ok");
    api.updates().myChatMember(GROUP, ALICE, FakeMembers.member(api.botUser()), FakeMembers.fullAdministrator(api.botUser()));

    List<Update> updates = client.execute(GetUpdates.builder().timeout(0).build());

    assertEquals(5, updates.size());
    Message command = updates.get(1).getMessage();
    assertEquals("bot_command", command.getEntities().get(0).getType());
    assertEquals("/warn@alita_test_bot", command.getEntities().get(0).getText());
    // TelegramBots 10.2.0 quirk: isCommand() reads MessageEntity.getText(), which is only computed by getEntities().
    assertTrue(command.isCommand());
    assertEquals(spam.get("message").get("message_id").asInt(), command.getReplyToMessage().getMessageId());
    assertEquals(BOB.id(), command.getReplyToMessage().getFrom().getId());
    assertEquals("Carol", updates.get(2).getMessage().getNewChatMembers().get(0).getFirstName());
    assertEquals("captcha:ok", updates.get(3).getCallbackQuery().getData());
    assertEquals(sent.getMessageId(), updates.get(3).getCallbackQuery().getMessage().getMessageId());
    assertEquals("administrator", updates.get(4).getMyChatMember().getNewChatMember().getStatus());
    // Update ids increase one by one.
    for (int i = 1; i < updates.size(); i++) {
      assertEquals(updates.get(i - 1).getUpdateId() + 1, updates.get(i).getUpdateId());
    }
  }

  @Test
  void chatMembersOfEveryStatusDeserialize() throws TelegramApiException {
    FakeUser owner = FakeUser.of(1, "Owner");
    FakeUser admin = FakeUser.of(2, "Admin");
    FakeUser muted = FakeUser.of(3, "Muted");
    FakeUser gone = FakeUser.of(4, "Gone");
    FakeUser banned = FakeUser.of(5, "Banned");
    api.setChatMember(GROUP.id(), FakeMembers.creator(owner));
    api.setChatMember(GROUP.id(), FakeMembers.administrator(admin, FakeMembers.AdminRight.CAN_DELETE_MESSAGES));
    api.setChatMember(GROUP.id(), FakeMembers.restricted(muted, false, 0));
    api.setChatMember(GROUP.id(), FakeMembers.left(gone));
    api.setChatMember(GROUP.id(), FakeMembers.kicked(banned, 1_900_000_000L));

    assertInstanceOf(ChatMemberOwner.class, member(owner));
    ChatMemberAdministrator asAdmin = assertInstanceOf(ChatMemberAdministrator.class, member(admin));
    assertTrue(asAdmin.getCanDeleteMessages());
    assertFalse(asAdmin.getCanRestrictMembers());
    assertFalse(assertInstanceOf(ChatMemberRestricted.class, member(muted)).getCanSendMessages());
    assertInstanceOf(ChatMemberLeft.class, member(gone));
    assertEquals(1_900_000_000, assertInstanceOf(ChatMemberBanned.class, member(banned)).getUntilDate());
    assertInstanceOf(ChatMemberMember.class, member(ALICE), "unconfigured users are members");

    List<ChatMember> admins = client.execute(new GetChatAdministrators(Long.toString(GROUP.id())));
    assertEquals(List.of(1L, 2L, api.botUser().id()),
        admins.stream().map(m -> m.getUser().getId()).sorted().toList());
    ChatFullInfo chat = client.execute(new GetChat(Long.toString(GROUP.id())));
    assertEquals("supergroup", chat.getType());
    assertEquals("Alita testers", chat.getTitle());
  }

  @Test
  void moderationCallsChangeMembershipAsTelegramWould() throws TelegramApiException {
    String group = Long.toString(GROUP.id());
    assertTrue(client.execute(new BanChatMember(group, BOB.id())));
    assertInstanceOf(ChatMemberBanned.class, member(BOB));

    client.execute(UnbanChatMember.builder().chatId(group).userId(BOB.id()).onlyIfBanned(true).build());
    assertInstanceOf(ChatMemberLeft.class, member(BOB));

    client.execute(new RestrictChatMember(group, ALICE.id(), ChatPermissions.builder().canSendMessages(false).build()));
    assertFalse(assertInstanceOf(ChatMemberRestricted.class, member(ALICE)).getCanSendMessages());

    // Kicking is an unban without only_if_banned: the member is removed but may rejoin.
    FakeUser carol = FakeUser.of(333, "Carol");
    client.execute(new UnbanChatMember(group, carol.id()));
    assertInstanceOf(ChatMemberLeft.class, member(carol));
  }

  @Test
  void everydayRefusalsComeFromTheChatState() throws TelegramApiException {
    String group = Long.toString(GROUP.id());
    api.setChatMember(GROUP.id(), FakeMembers.administrator(ALICE, FakeMembers.AdminRight.CAN_DELETE_MESSAGES));
    TelegramApiRequestException adminTarget = assertThrows(TelegramApiRequestException.class, () -> client.execute(
        new RestrictChatMember(group, ALICE.id(), ChatPermissions.builder().canSendMessages(false).build())));
    assertEquals("Bad Request: user is an administrator of the chat", adminTarget.getApiResponse());

    int spam = api.updates().text(GROUP, BOB, "spam").get("message").get("message_id").asInt();
    assertTrue(client.execute(new DeleteMessage(group, spam)));
    TelegramApiRequestException twice = assertThrows(TelegramApiRequestException.class,
        () -> client.execute(new DeleteMessage(group, spam)));
    assertEquals("Bad Request: message to delete not found", twice.getApiResponse());

    api.setChatMember(GROUP.id(), FakeMembers.member(api.botUser()));
    TelegramApiRequestException noRights = assertThrows(TelegramApiRequestException.class,
        () -> client.execute(new BanChatMember(group, BOB.id())));
    assertEquals(400, noRights.getErrorCode());
    assertEquals("Bad Request: not enough rights to restrict/unrestrict chat member", noRights.getApiResponse());

    api.setChatMember(GROUP.id(), FakeMembers.kicked(api.botUser(), 0));
    TelegramApiRequestException kicked = assertThrows(TelegramApiRequestException.class,
        () -> client.execute(new SendMessage(group, "anyone?")));
    assertEquals(403, kicked.getErrorCode());
    assertEquals("Forbidden: bot was kicked from the supergroup chat", kicked.getApiResponse());
  }

  @Test
  void sendPhotoArrivesAsMultipartWithItsFileAndFields() throws TelegramApiException {
    SendPhoto photo = new SendPhoto(Long.toString(GROUP.id()),
        new InputFile(new ByteArrayInputStream(new byte[] {1, 2, 3}), "rules.png"));
    photo.setCaption("The rules");

    Message sent = client.execute(photo);

    assertEquals("The rules", sent.getCaption());
    assertFalse(sent.getPhoto().isEmpty());
    ApiCall call = api.awaitCall("sendphoto", WAIT);
    assertEquals(GROUP.id(), call.longParam("chat_id"));
    assertEquals("The rules", call.param("caption"));
    assertEquals("rules.png", call.uploadedFile("photo"));
    assertEquals(Map.of("rules.png", "rules.png"), call.files());
    assertEquals(3, call.uploadedSize("photo"));
  }

  @Test
  void filesSentByIdAreRecordedWithTheirParametersAndAnsweredWithAMessageCarryingThem() throws TelegramApiException {
    Message sticker = client.execute(SendSticker.builder().chatId(GROUP.id()).sticker(new InputFile("CAACsticker"))
        .messageThreadId(5).protectContent(true).disableNotification(true)
        .replyParameters(ReplyParameters.builder().messageId(9).allowSendingWithoutReply(true).build()).build());
    Message gif = client.execute(SendAnimation.builder().chatId(GROUP.id()).animation(new InputFile("CgACgif"))
        .caption("<b>Party</b>").parseMode("HTML").build());
    Message note = client.execute(SendVideoNote.builder().chatId(GROUP.id()).videoNote(new InputFile("DQACnote"))
        .build());
    Message doc = client.execute(SendDocument.builder().chatId(GROUP.id()).document(new InputFile("BQACdoc")).build());
    client.execute(SendPhoto.builder().chatId(GROUP.id()).photo(new InputFile("AgACphoto")).build());
    client.execute(SendAudio.builder().chatId(GROUP.id()).audio(new InputFile("CQACaudio")).build());
    client.execute(SendVoice.builder().chatId(GROUP.id()).voice(new InputFile("AwACvoice")).build());
    client.execute(SendVideo.builder().chatId(GROUP.id()).video(new InputFile("BAACvideo")).build());

    assertEquals("CAACsticker", sticker.getSticker().getFileId());
    assertEquals(5, sticker.getMessageThreadId());
    assertEquals("CgACgif", gif.getAnimation().getFileId());
    assertEquals("<b>Party</b>", gif.getCaption());
    assertEquals("DQACnote", note.getVideoNote().getFileId());
    assertEquals("BQACdoc", doc.getDocument().getFileId());
    SentMedia first = api.awaitNextMedia(GROUP.id(), WAIT);
    assertEquals("sendsticker", first.method());
    assertEquals("sticker", first.field());
    assertEquals("CAACsticker", first.fileId());
    assertEquals(java.util.Optional.of(5), first.threadId());
    assertEquals(java.util.Optional.of(9), first.replyTo());
    assertTrue(first.allowSendingWithoutReply() && first.protect() && first.silent());
    SentMedia second = api.awaitNextMedia(GROUP.id(), WAIT);
    assertEquals("sendanimation", second.method());
    assertEquals("<b>Party</b>", second.caption());
    assertEquals("HTML", second.parseMode());
    assertFalse(second.protect() || second.silent());
    assertEquals(List.of("sendsticker", "sendanimation", "sendvideonote", "senddocument", "sendphoto", "sendaudio",
        "sendvoice", "sendvideo"), api.sentMedia().stream().map(SentMedia::method).toList());
    assertEquals(List.of("sticker", "animation", "video_note", "document", "photo", "audio", "voice", "video"),
        api.sentMedia().stream().map(SentMedia::field).toList());
  }

  @Test
  void aRefusedFileIdFailsAsTelegramFailsIt() {
    api.refuseFileId("from-another-bot");

    TelegramApiRequestException e = assertThrows(TelegramApiRequestException.class, () -> client.execute(
        SendDocument.builder().chatId(GROUP.id()).document(new InputFile("from-another-bot")).build()));

    assertEquals(400, e.getErrorCode());
    assertEquals("Bad Request: wrong file identifier/HTTP URL specified", e.getApiResponse());
    assertFalse(api.sentMedia().get(0).call().succeeded());
  }

  @Test
  void mediaTopicAndReplyUpdatesParseWithTheirFilesCaptionsAndThreads() throws TelegramApiException {
    ObjectNode photo = api.updates().message(GROUP, BOB).media("photo", "AgACbig")
        .caption("Look at this", FakeUpdates.entity("bold", 0, 4)).enqueue();
    api.updates().commandReply(GROUP, ALICE, "/save pic", photo.get("message"));
    api.updates().topicText(GROUP, ALICE, 77, "in a topic");
    api.updates().media(GROUP, BOB, "animation", "CgACgif", null);

    List<Update> updates = client.execute(GetUpdates.builder().timeout(0).build());

    Message pic = updates.get(0).getMessage();
    assertEquals(3, pic.getPhoto().size());
    assertEquals("Look at this", pic.getCaption());
    assertEquals("bold", pic.getCaptionEntities().get(0).getType());
    Message save = updates.get(1).getMessage();
    assertEquals("AgACbig", save.getReplyToMessage().getPhoto().stream()
        .max(java.util.Comparator.comparingInt(p -> p.getWidth() * p.getHeight())).orElseThrow().getFileId());
    assertEquals("Look at this", save.getReplyToMessage().getCaption());
    Message topic = updates.get(2).getMessage();
    assertTrue(topic.getIsTopicMessage());
    assertEquals(77, topic.getMessageThreadId());
    assertEquals(77, topic.getReplyToMessage().getMessageId());
    assertEquals("Topic 77", topic.getReplyToMessage().getForumTopicCreated().getName());
    Message gif = updates.get(3).getMessage();
    assertEquals("CgACgif", gif.getAnimation().getFileId());
    assertEquals("CgACgif", gif.getDocument().getFileId(), "Telegram sends a GIF as a document too");
    assertNull(gif.getCaption());
  }

  @Test
  void unknownMethodsSucceedUnlessStubbed() throws TelegramApiException {
    assertTrue(client.execute(new AnswerCallbackQuery("42")));
    api.respond("exportChatInviteLink", call -> TextNode.valueOf("https://t.me/+stub"));

    assertEquals("https://t.me/+stub", client.execute(
        new ExportChatInviteLink(Long.toString(GROUP.id()))));
    assertEquals("42", api.calls("answercallbackquery").get(0).param("callback_query_id"));
  }

  @Test
  void getUpdatesConflictsWithAnActiveWebhookLikeTelegram() throws TelegramApiException {
    client.execute(SetWebhook.builder().url("https://example.org/hook").build());
    TelegramApiRequestException conflict = assertThrows(TelegramApiRequestException.class,
        () -> client.execute(GetUpdates.builder().timeout(0).build()));
    assertEquals(409, conflict.getErrorCode());

    client.execute(new DeleteWebhook());
    assertTrue(client.execute(GetUpdates.builder().timeout(0).build()).isEmpty());
  }

  @Test
  void awaitCallWaitsForACallStillToComeAndFailsClearlyOnTimeout() throws Exception {
    CompletableFuture<ApiCall> waiting = CompletableFuture.supplyAsync(
        () -> api.awaitCall("sendmessage", c -> "late".equals(c.param("text")), WAIT));
    client.execute(new SendMessage(Long.toString(GROUP.id()), "early"));
    client.execute(new SendMessage(Long.toString(GROUP.id()), "late"));

    assertEquals("late", waiting.get(5, TimeUnit.SECONDS).param("text"));
    AssertionError timeout = assertThrows(AssertionError.class,
        () -> api.awaitCall("banchatmember", Duration.ofMillis(100)));
    assertTrue(timeout.getMessage().contains("sendmessage"), "lists what was recorded: " + timeout.getMessage());

    api.clear();
    assertTrue(api.calls().isEmpty());
    assertNull(api.calls("sendmessage").stream().findFirst().orElse(null));
  }

  private ChatMember member(FakeUser user) throws TelegramApiException {
    return client.execute(new GetChatMember(Long.toString(GROUP.id()), user.id()));
  }

  private static List<String> toList(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(node -> values.add(node.asText()));
    return values;
  }
}
