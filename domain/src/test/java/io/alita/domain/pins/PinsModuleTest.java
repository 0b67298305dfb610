package io.alita.domain.pins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.ActionResult;
import io.alita.domain.action.Button;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.ChatPermissions;
import io.alita.domain.action.Effects;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.confirm.Confirmations;
import io.alita.domain.confirm.InMemoryConfirmationStore;
import io.alita.domain.content.ContentSender;
import io.alita.domain.content.ContentType;
import io.alita.domain.dispatch.Dispatcher;
import io.alita.domain.dispatch.InMemoryUpdateTransactions;
import io.alita.domain.format.Html;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.AdminRights;
import io.alita.domain.permission.ChatMember;
import io.alita.domain.permission.ChatQueries;
import io.alita.domain.permission.FakeChatQueries;
import io.alita.domain.permission.MemberStatus;
import io.alita.domain.permission.Right;
import io.alita.domain.testing.TestDispatcher;
import io.alita.domain.testing.TestMessages;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChannel;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.Incoming;
import io.alita.domain.update.IncomingMessage;
import io.alita.domain.update.Media;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Pins commands, the unpin-all question and the linked-channel watcher through a real {@link Dispatcher}. */
class PinsModuleTest {

  private static final Instant NOW = Instant.parse("2026-03-04T05:06:07Z");
  private static final ChatId CHAT_ID = ChatId.of(-1001234567890L);
  private static final SeenChat CHAT = new SeenChat(CHAT_ID, ChatKind.SUPERGROUP, "Engines", null);
  private static final SeenUser ADMIN = new SeenUser(UserId.of(2), "Ada", null, null, false);
  private static final SeenUser NO_PIN_ADMIN = new SeenUser(UserId.of(5), "Pia", null, null, false);
  private static final SeenUser MEMBER = new SeenUser(UserId.of(3), "Max", null, "max", false);
  private static final SeenChannel LINKED = new SeenChannel(ChatId.of(-1009876543210L), "News", "news");
  private static final SeenUser TELEGRAM = new SeenUser(UserId.TELEGRAM, "Telegram", null, null, false);

  private final InMemoryPinsStore store = new InMemoryPinsStore();
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final TestMessages messages = new TestMessages(clock);
  private final FakeChatQueries telegram = new FakeChatQueries();
  private Optional<MessageId> pinnedNow = Optional.empty();
  private Dispatcher dispatcher;

  /** Telegram's answers, with the chat's current pin set by the test. */
  private final ChatQueries queries = new ChatQueries() {
    @Override
    public List<ChatMember> administrators(ChatId chat) {
      return telegram.administrators(chat);
    }

    @Override
    public Optional<ChatMember> member(ChatId chat, UserId user) {
      return telegram.member(chat, user);
    }

    @Override
    public Optional<ChatPermissions> defaultPermissions(ChatId chat) {
      return telegram.defaultPermissions(chat);
    }

    @Override
    public Optional<String> inviteLink(ChatId chat) {
      return Optional.empty();
    }

    @Override
    public Optional<MessageId> pinnedMessage(ChatId chat) {
      return pinnedNow;
    }
  };

  @BeforeEach
  void chatWithAdminsAndAMember() {
    telegram.admin(ADMIN.id(), MemberStatus.ADMINISTRATOR, AdminRights.of(Right.PIN_MESSAGES, Right.CHANGE_INFO));
    telegram.admin(NO_PIN_ADMIN.id(), MemberStatus.ADMINISTRATOR, AdminRights.of(Right.DELETE_MESSAGES));
    telegram.admin(TestDispatcher.BOT.id(), MemberStatus.ADMINISTRATOR, AdminRights.ALL);
    telegram.member(MEMBER.id(), MemberStatus.MEMBER);
    AdminCache admins = new AdminCache(queries, clock);
    Confirmations confirmations = new Confirmations(new InMemoryConfirmationStore(), clock, new Random(1));
    PinsModule module = new PinsModule(store, queries,
        new ContentSender(ContentSender.RulesButtons.NONE, new Random(3)), confirmations);
    dispatcher = TestDispatcher.with(module, confirmations).admins(admins).clock(clock)
        .transactions(new InMemoryUpdateTransactions()).build();
  }

  private Effects send(IncomingMessage message) {
    return dispatcher.dispatch(new Incoming.Message(messages.nextUpdate(), message));
  }

  private Effects command(SeenUser from, String text) {
    return send(messages.message(CHAT, from).command(text).build());
  }

  private Effects replying(SeenUser from, String text, int repliedTo) {
    return send(messages.message(CHAT, from).command(text).replyTo(repliedTo, MEMBER).build());
  }

  private static List<OutgoingMessage> sent(Effects effects) {
    return effects.actions().stream().filter(a -> a instanceof ChatAction.Send)
        .map(a -> ((ChatAction.Send) a).message()).toList();
  }

  private static String onlyText(Effects effects) {
    List<OutgoingMessage> all = sent(effects);
    assertEquals(1, all.size(), () -> "expected one message in " + effects.actions());
    return Html.visibleText(all.get(0).html());
  }

  // ------------------------------------------------------------------------------------------------ pin, unpin

  @Test
  void aPinIsSilentUnlessTheAdminAsksForItLoud() {
    Effects quiet = replying(ADMIN, "/pin", 42);
    assertEquals(new ChatAction.Pin(CHAT_ID, MessageId.of(42), false), quiet.actions().get(0));
    assertEquals("Pinned.", onlyText(quiet));

    for (String word : List.of("loud", "NOTIFY", "violent")) {
      Effects loud = replying(ADMIN, "/pin " + word, 43);
      assertEquals(new ChatAction.Pin(CHAT_ID, MessageId.of(43), true), loud.actions().get(0), word);
      assertEquals("Pinned, and everyone was notified.", onlyText(loud));
    }
    assertEquals(new ChatAction.Pin(CHAT_ID, MessageId.of(44), false),
        replying(ADMIN, "/pin quietly", 44).actions().get(0));
  }

  @Test
  void pinWithoutAReplySaysHowAndPinsNothing() {
    Effects effects = command(ADMIN, "/pin loud");

    assertEquals("Reply to the message to pin with /pin; add loud to notify everyone.", onlyText(effects));
    assertTrue(effects.actions().stream().noneMatch(a -> a instanceof ChatAction.Pin));
  }

  @Test
  void anAdminWithoutThePinRightAndAMemberArePinnedNothing() {
    assertTrue(replying(NO_PIN_ADMIN, "/pin", 42).actions().stream().noneMatch(a -> a instanceof ChatAction.Pin));
    assertTrue(replying(MEMBER, "/pin", 42).actions().stream().noneMatch(a -> a instanceof ChatAction.Pin));
  }

  @Test
  void unpinTakesTheRepliedMessageOrElseTheLatestPin() {
    Effects replied = replying(ADMIN, "/unpin", 42);
    assertEquals(new ChatAction.Unpin(CHAT_ID, Optional.of(MessageId.of(42))), replied.actions().get(0));
    assertEquals("Unpinned.", onlyText(replied));

    Effects latest = command(ADMIN, "/unpin");
    assertEquals(new ChatAction.Unpin(CHAT_ID, Optional.empty()), latest.actions().get(0));
    assertEquals("Unpinned the latest pin.", onlyText(latest));
  }

  @Test
  void unpinAllAsksFirstAndUnpinsOnYesOnly() {
    Effects asked = command(ADMIN, "/unpinall");
    assertTrue(asked.actions().stream().noneMatch(a -> a instanceof ChatAction.UnpinAll));
    OutgoingMessage question = sent(asked).get(0);
    List<Button> buttons = question.keyboard().rows().get(0);

    Effects no = dispatcher.dispatch(messages.press(CHAT, ADMIN, MessageId.of(77), buttons.get(1)));
    assertTrue(no.actions().stream().noneMatch(a -> a instanceof ChatAction.UnpinAll));

    Effects again = command(ADMIN, "/unpinall");
    Button yes = sent(again).get(0).keyboard().rows().get(0).get(0);
    Effects member = dispatcher.dispatch(messages.press(CHAT, MEMBER, MessageId.of(78), yes));
    assertTrue(member.actions().stream().noneMatch(a -> a instanceof ChatAction.UnpinAll));

    Effects confirmed = dispatcher.dispatch(messages.press(CHAT, ADMIN, MessageId.of(78), yes));
    assertTrue(confirmed.actions().contains(new ChatAction.UnpinAll(CHAT_ID)), confirmed.actions()::toString);
  }

  // ------------------------------------------------------------------------------------------------ permapin

  /** Carries the effects out, each send answered with a new message id; returns what was carried out. */
  private static List<ChatAction> carriedOut(Effects effects, int firstSentId) {
    List<ChatAction> done = new ArrayList<>();
    int[] next = {firstSentId};
    effects.runOn(action -> {
      done.add(action);
      return action instanceof ChatAction.Send || action instanceof ChatAction.SendMedia
          ? new ActionResult.Sent(MessageId.of(next[0]++)) : new ActionResult.Done();
    });
    return done;
  }

  @Test
  void permapinSendsTheFormattedTextWithButtonsAndFillingsThenPinsItsOwnMessage() {
    Effects effects = command(ADMIN, "/permapin *Read* this, {first}!\n[Site](buttonurl://example.com)");

    List<ChatAction> done = carriedOut(effects, 500);

    assertEquals(2, done.size(), done::toString);
    OutgoingMessage message = assertInstanceOf(ChatAction.Send.class, done.get(0)).message();
    assertEquals("<b>Read</b> this, Ada!", message.html());
    assertEquals(new Button.Url("Site", "https://example.com"), message.keyboard().rows().get(0).get(0));
    assertEquals(new ChatAction.Pin(CHAT_ID, MessageId.of(500), false), done.get(1));
  }

  @Test
  void permapinAsAReplyToAPhotoSendsThatPhotoByItsFileIdAndPinsIt() {
    IncomingMessage message = messages.message(CHAT, ADMIN).command("/permapin")
        .replyTo(TestMessages.replyToMedia(CHAT, 42, MEMBER, ContentType.PHOTO, "AgACAgPhoto", "A _view_")).build();

    List<ChatAction> done = carriedOut(send(message), 600);

    ChatAction.SendMedia media = assertInstanceOf(ChatAction.SendMedia.class, done.get(0));
    assertEquals(new Media(ContentType.PHOTO, "AgACAgPhoto"), media.media());
    assertEquals("A _view_", media.captionHtml()); // the caption as it was shown: no Markdown in it
    assertEquals(new ChatAction.Pin(CHAT_ID, MessageId.of(600), false), done.get(1));
  }

  @Test
  void aPermapinTelegramRefusesIsAnsweredAndNothingIsPinned() {
    Effects effects = command(ADMIN, "/permapin hello");
    List<ChatAction> done = new ArrayList<>();
    effects.runOn(action -> {
      done.add(action);
      return done.size() == 1 ? new ActionResult.Refused(ActionResult.Refusal.NOT_ENOUGH_RIGHTS, "no")
          : new ActionResult.Sent(MessageId.of(9));
    });

    assertEquals(2, done.size(), done::toString);
    assertInstanceOf(ChatAction.Send.class, done.get(1));
    assertTrue(done.stream().noneMatch(a -> a instanceof ChatAction.Pin));
  }

  @Test
  void permapinWithNothingToPinSaysHow() {
    assertEquals("Give me something to pin: /permapin <text>, or reply with /permapin to a message.",
        onlyText(command(ADMIN, "/permapin")));
  }

  // ------------------------------------------------------------------------------------------------ pinned

  @Test
  void pinnedRepliesToTheCurrentPinWithItsLink() {
    pinnedNow = Optional.of(MessageId.of(321));

    Effects effects = command(MEMBER, "/pinned");

    OutgoingMessage message = sent(effects).get(0);
    assertEquals(Optional.of(MessageId.of(321)), message.replyTo());
    assertEquals(new Button.Url("Go to the pinned message", "https://t.me/c/1234567890/321"),
        message.keyboard().rows().get(0).get(0));
  }

  @Test
  void pinnedWithNothingPinnedSaysSo() {
    assertEquals("Nothing is pinned here.", onlyText(command(MEMBER, "/pinned")));
  }

  @Test
  void aPublicChatsLinkUsesItsUsername() {
    assertEquals(Optional.of("https://t.me/engines/5"),
        PinsModule.link(new SeenChat(CHAT_ID, ChatKind.SUPERGROUP, "Engines", "engines"), MessageId.of(5)));
    assertEquals(Optional.empty(),
        PinsModule.link(new SeenChat(ChatId.of(-4242), ChatKind.GROUP, "Basic", null), MessageId.of(5)));
  }

  // ------------------------------------------------------------------------------------------------ linked channel

  private Effects linkedPost() {
    return send(messages.message(CHAT, TELEGRAM).senderChat(LINKED).forwardedFrom(LINKED).text("News!").build());
  }

  @Test
  void withBothOffALinkedPostIsLeftAloneAndReadsTheSettingsOnce() {
    assertEquals(List.of(), linkedPost().actions());
    assertEquals(List.of(), linkedPost().actions());
    assertEquals(1, store.reads());
  }

  @Test
  void antichannelpinUnpinsTheLinkedPost() {
    assertEquals("Posts from the linked channel will be unpinned.", onlyText(command(ADMIN, "/antichannelpin on")));

    Effects post = send(messages.message(CHAT, TELEGRAM).id(900).senderChat(LINKED).text("News!").build());

    assertEquals(List.of(new ChatAction.Unpin(CHAT_ID, Optional.of(MessageId.of(900)))), post.actions());
  }

  @Test
  void cleanlinkedDeletesTheLinkedPostAndWinsOverAntichannelpin() {
    command(ADMIN, "/antichannelpin on");
    command(ADMIN, "/cleanlinked yes");

    Effects post = send(messages.message(CHAT, TELEGRAM).id(901).senderChat(LINKED).text("News!").build());

    assertEquals(List.of(ChatAction.Delete.one(CHAT_ID, MessageId.of(901))), post.actions());
    assertEquals(new PinSettings(true, true), store.settings(CHAT_ID));
  }

  @Test
  void anOrdinaryMessageOrAnAnonymousAdminIsNeverTakenForALinkedPost() {
    command(ADMIN, "/cleanlinked on");
    int reads = store.reads();

    assertEquals(List.of(), send(messages.message(CHAT, MEMBER).text("hello").build()).actions());
    assertEquals(List.of(), send(messages.messageFromAnonymousAdmin(CHAT).text("hello").build()).actions());
    assertEquals(reads, store.reads());
  }

  @Test
  void theSwitchesShowTheirStateAndRefuseAnythingButOnOrOff() {
    assertEquals("Posts from the linked channel stay pinned (antichannelpin is off).",
        onlyText(command(ADMIN, "/antichannelpin")));
    assertEquals("I don't understand \"maybe\": use /cleanlinked on or /cleanlinked off.",
        onlyText(command(ADMIN, "/cleanlinked maybe")));
    command(ADMIN, "/cleanlinked on");
    assertEquals("Posts from the linked channel are deleted here (cleanlinked is on).",
        onlyText(command(ADMIN, "/cleanlinked")));
    assertEquals(PinSettings.DEFAULT.withCleanLinked(true), store.settings(CHAT_ID));
    command(MEMBER, "/cleanlinked off");
    assertEquals(PinSettings.DEFAULT.withCleanLinked(true), store.settings(CHAT_ID));
  }
}
