package io.alita.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alita.domain.action.ChatAction;
import io.alita.domain.action.ChatPermissions;
import io.alita.domain.action.Effects;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.dispatch.BotModule;
import io.alita.domain.dispatch.Dispatcher;
import io.alita.domain.dispatch.InMemoryUpdateTransactions;
import io.alita.domain.dispatch.Requirement;
import io.alita.domain.dispatch.TeamRoster;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminRights;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.permission.ChatMember;
import io.alita.domain.permission.ChatQueries;
import io.alita.domain.permission.MemberStatus;
import io.alita.domain.testing.TestDispatcher;
import io.alita.domain.testing.TestMessages;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.Reply;
import io.alita.domain.update.UpdateId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A real {@link Dispatcher} around the modules under test, with fakes for Telegram: Ada (42) created the group, Bob
 * (43) is a member, the bot (999, @AlitaBot) is an admin unless a test says otherwise, and user 1 owns the bot.
 */
public final class TestBot {

  public static final BotIdentity BOT = new BotIdentity(UserId.of(999), "AlitaBot");
  public static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
  public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  public static final SeenChat GROUP = new SeenChat(ChatId.of(-100123), ChatKind.SUPERGROUP, "Analytical Engines", null);
  public static final SeenUser ADA = new SeenUser(UserId.of(42), "Ada", "Lovelace", "ada_l", false);
  public static final SeenUser BOB = new SeenUser(UserId.of(43), "Bob", null, null, false);
  public static final UserId OWNER = UserId.of(1);
  /** The bot's team: its owner (1) and one developer (2). */
  public static final TeamRoster TEAM = (user, level) -> user.equals(OWNER)
      || (user.equals(UserId.of(2)) && level != Requirement.TeamLevel.OWNER);

  private final Dispatcher dispatcher;
  private final InMemoryUpdateTransactions transactions;
  private final TestMessages messages = new TestMessages(Clock.offset(CLOCK, Duration.ofSeconds(-2)), 1000, 1);

  private TestBot(Dispatcher dispatcher, InMemoryUpdateTransactions transactions) {
    this.dispatcher = dispatcher;
    this.transactions = transactions;
  }

  /** The bot with {@code modules}; the bot is an admin of {@link #GROUP}. */
  public static TestBot with(List<BotModule> modules) {
    return with(modules, true);
  }

  public static TestBot with(List<BotModule> modules, boolean botIsAdmin) {
    ChatQueries telegram = telegram(botIsAdmin);
    InMemoryUpdateTransactions transactions = new InMemoryUpdateTransactions(CLOCK);
    Dispatcher dispatcher = TestDispatcher.with(modules).bot(BOT).telegram(telegram).team(TEAM).clock(CLOCK)
        .transactions(transactions).build();
    return new TestBot(dispatcher, transactions);
  }

  /** The Telegram this bot asks: Ada created {@link #GROUP} (and every other chat), the bot is an admin if so told. */
  public static ChatQueries telegram(boolean botIsAdmin) {
    return new ChatQueries() {
      @Override
      public List<ChatMember> administrators(ChatId chat) {
        List<ChatMember> admins = new ArrayList<>();
        admins.add(ChatMember.of(ADA.id(), MemberStatus.CREATOR));
        if (botIsAdmin) {
          admins.add(new ChatMember(BOT.id(), MemberStatus.ADMINISTRATOR, AdminRights.ALL, true, true, Optional.empty()));
        }
        return admins;
      }

      @Override
      public Optional<ChatMember> member(ChatId chat, UserId user) {
        return Optional.empty();
      }

      @Override
      public Optional<ChatPermissions> defaultPermissions(ChatId chat) {
        return Optional.empty();
      }

      @Override
      public Optional<String> inviteLink(ChatId chat) {
        return Optional.empty();
      }
    };
  }

  public Dispatcher dispatcher() {
    return dispatcher;
  }

  /** The events' transactions: which updates wrote something. */
  public InMemoryUpdateTransactions transactions() {
    return transactions;
  }

  /** {@code from}'s private chat with the bot. */
  public static SeenChat privateChat(SeenUser user) {
    return TestMessages.privateChat(user);
  }

  /** A reply to message {@code id} that {@code author} sent in the group. */
  public static Reply replyTo(int id, SeenUser author) {
    return TestMessages.replyTo(GROUP, id, author);
  }

  /** {@code from} sends {@code text} to {@code chat} in a new update. */
  public Effects send(SeenChat chat, SeenUser from, String text) {
    return dispatcher.dispatch(messages.text(chat, from, text));
  }

  public Effects send(SeenChat chat, SeenUser from, String text, Reply reply) {
    return dispatcher.dispatch(messages.reply(chat, from, text, reply));
  }

  /** {@code from} sends {@code text} as update {@code update}: sending the same id twice is a repeated delivery. */
  public Effects send(UpdateId update, SeenChat chat, SeenUser from, String text) {
    return dispatcher.dispatch(messages.message(chat, from).text(text).incoming(update));
  }

  /** {@code from} presses a button carrying {@code data} on message 500 of {@code chat}. */
  public Effects press(SeenChat chat, SeenUser from, String data) {
    return dispatcher.dispatch(messages.press(chat, from, MessageId.of(500), data));
  }

  public UpdateId nextUpdate() {
    return messages.nextUpdate();
  }

  /** The one message the update sent. */
  public static OutgoingMessage onlySent(Effects effects) {
    List<ChatAction> actions = effects.actions();
    assertEquals(1, actions.size(), () -> "expected one message, got " + actions);
    return ((ChatAction.Send) actions.get(0)).message();
  }

  /** The HTML of the one message the update sent. */
  public static String onlyReply(Effects effects) {
    return onlySent(effects).html();
  }
}
