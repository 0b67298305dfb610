package io.alita.domain.devs;

import io.alita.domain.action.Effects;
import io.alita.domain.dispatch.Dispatcher;
import io.alita.domain.dispatch.InMemoryUpdateTransactions;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.target.Target;
import io.alita.domain.target.TargetExtractor;
import io.alita.domain.target.Username;
import io.alita.domain.testing.TestDispatcher;
import io.alita.domain.testing.TestMessages;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.Reply;
import io.alita.domain.update.UpdateId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A real {@link Dispatcher} with the Devs module over in-memory ports: the team store, the events' journal, a username
 * directory, fixed statistics and a list of known chats.
 */
final class DevsFixture {

  static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  static final SeenUser OWNER = new SeenUser(UserId.of(1), "Olive", "Owner", null, false);
  static final SeenUser ADA = new SeenUser(UserId.of(42), "Ada", "Lovelace", "ada_l", false);
  static final SeenUser CHARLES = new SeenUser(UserId.of(43), "Charles", null, null, false);
  static final SeenUser STRANGER = new SeenUser(UserId.of(66), "Eve", null, null, false);
  static final SeenChat GROUP = new SeenChat(ChatId.of(-1001234), ChatKind.SUPERGROUP, "Engines", null);
  static final BotIdentity BOT = new BotIdentity(UserId.of(999), "AlitaTestBot");

  final InMemoryTeamStore store = new InMemoryTeamStore();
  /** The events' record, as the journal table keeps it. */
  final InMemoryUpdateTransactions journal = new InMemoryUpdateTransactions();
  final Map<Username, Target> usernames = new HashMap<>();
  final Map<ChatId, ChatSummary> chats = new HashMap<>();
  final List<KnownChat> activeChats = new ArrayList<>();
  BotStats stats = new BotStats(0, 0, 0, new BotStats.Activity(0, 0, 0), new BotStats.Activity(0, 0, 0), Map.of());
  final Dispatcher dispatcher;
  private final TestMessages messages = new TestMessages(Clock.fixed(NOW, ZoneOffset.UTC));

  DevsFixture() {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    BotTeam team = new BotTeam(OWNER.id(), store);
    KnownChatsPort known = new KnownChatsPort() {
      @Override
      public Optional<ChatSummary> chat(ChatId chat) {
        return Optional.ofNullable(chats.get(chat));
      }

      @Override
      public List<KnownChat> activeChats() {
        return List.copyOf(activeChats);
      }
    };
    DevsModule devs = new DevsModule(team, store,
        new TargetExtractor(username -> Optional.ofNullable(usernames.get(username))), now -> stats, known, clock);
    dispatcher = TestDispatcher.with(devs).bot(BOT).team(team).clock(clock).transactions(journal).build();
  }

  /** {@code from} sends {@code text} in the group, as a new update. */
  Effects send(SeenUser from, String text) {
    return send(messages.nextUpdate(), from, text, Optional.empty());
  }

  /** {@code from} sends {@code text} in the group, replying to a message of {@code author}. */
  Effects sendReplying(SeenUser from, String text, SeenUser author) {
    return send(messages.nextUpdate(), from, text, Optional.of(TestMessages.replyTo(GROUP, 500, author)));
  }

  /** Delivers a message as update {@code update}, so a test can deliver the same update twice. */
  Effects send(UpdateId update, SeenUser from, String text, Optional<Reply> reply) {
    TestMessages.Draft message = messages.message(GROUP, from).text(text);
    reply.ifPresent(message::replyTo);
    return dispatcher.dispatch(message.incoming(update));
  }

  static String english(String key, Object... namesAndValues) {
    return Messages.english().html(MessageKey.of(key), namesAndValues);
  }
}
