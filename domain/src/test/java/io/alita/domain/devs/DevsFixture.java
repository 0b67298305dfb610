package io.alita.domain.devs;

import io.alita.domain.action.ChatPermissions;
import io.alita.domain.action.Effects;
import io.alita.domain.dispatch.Dispatcher;
import io.alita.domain.dispatch.UpdateTransactions;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.permission.ChatMember;
import io.alita.domain.permission.ChatQueries;
import io.alita.domain.target.RepliedMessage;
import io.alita.domain.target.Target;
import io.alita.domain.target.TargetExtractor;
import io.alita.domain.target.Username;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.Incoming;
import io.alita.domain.update.IncomingMessage;
import io.alita.domain.update.Reply;
import io.alita.domain.update.UpdateId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A real {@link Dispatcher} with the Devs module over in-memory ports: the team store, an update journal, a username
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
  final Journal journal = new Journal();
  final Map<Username, Target> usernames = new HashMap<>();
  final Map<ChatId, ChatSummary> chats = new HashMap<>();
  final List<KnownChat> activeChats = new ArrayList<>();
  BotStats stats = new BotStats(0, 0, 0, new BotStats.Activity(0, 0, 0), new BotStats.Activity(0, 0, 0), Map.of());
  final Dispatcher dispatcher;
  private long nextUpdate = 1;

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
    DevsModule devs = new DevsModule(team, store, journal,
        new TargetExtractor(username -> Optional.ofNullable(usernames.get(username))), now -> stats, known, clock);
    dispatcher = new Dispatcher(List.of(devs), BOT, new AdminCache(new NoAdmins(), clock), team, chat -> false,
        Messages.english(), clock);
  }

  /** {@code from} sends {@code text} in the group, as a new update. */
  Effects send(SeenUser from, String text) {
    return send(new UpdateId(nextUpdate++), from, text, Optional.empty());
  }

  /** {@code from} sends {@code text} in the group, replying to a message of {@code author}. */
  Effects sendReplying(SeenUser from, String text, SeenUser author) {
    Reply reply = new Reply(MessageId.of(500), RepliedMessage.fromUser(GROUP.id(), author.id()), Optional.of(author));
    return send(new UpdateId(nextUpdate++), from, text, Optional.of(reply));
  }

  /** Delivers a message as update {@code update}, so a test can deliver the same update twice. */
  Effects send(UpdateId update, SeenUser from, String text, Optional<Reply> reply) {
    IncomingMessage message = IncomingMessage.text(MessageId.of(1000 + (int) update.value()), GROUP, from, NOW, text,
        List.of(), reply);
    return dispatcher.dispatch(new Incoming.Message(update, message));
  }

  static String english(String key, Object... namesAndValues) {
    return Messages.english().html(MessageKey.of(key), namesAndValues);
  }

  /** An {@link UpdateTransactions} that remembers the ids it applied, as the journal table does. */
  static final class Journal implements UpdateTransactions {
    private final Set<UpdateId> applied = new HashSet<>();

    @Override
    public boolean applyOnce(UpdateId updateId, Runnable work) {
      if (applied.contains(updateId)) {
        return false;
      }
      work.run();
      applied.add(updateId);
      return true;
    }
  }

  /** Telegram for a group without admins: the Devs commands never ask. */
  private static final class NoAdmins implements ChatQueries {
    @Override
    public List<ChatMember> administrators(ChatId chat) {
      return List.of();
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
  }
}
