package io.alita.domain.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alita.domain.action.ChatPermissions;
import io.alita.domain.audit.Actor;
import io.alita.domain.audit.Attribution;
import io.alita.domain.callback.CallbackData;
import io.alita.domain.callback.CallbackNamespace;
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
import io.alita.domain.tracking.SeenChannel;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.Incoming;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Who the dispatcher says is acting while a handler runs: a command's sender (or "anonymous admin"), a button's presser;
 * nobody for filters and member listeners, whose changes are the bot's own.
 */
class DispatcherAttributionTest {

  private static final Instant NOW = Instant.parse("2026-03-04T05:06:07Z");
  private static final ChatId GROUP = ChatId.of(-1001234);
  private static final SeenChat GROUP_CHAT = new SeenChat(GROUP, ChatKind.SUPERGROUP, "Test group", null);
  private static final BotIdentity BOT = new BotIdentity(UserId.of(7000000001L), "alita_bot");
  private static final SeenUser ADMIN = new SeenUser(UserId.of(11), "Adam", "Smith", "adam", false);
  private static final SeenUser MEMBER = new SeenUser(UserId.of(12), "Mia", null, null, false);
  private static final SeenUser ANON = new SeenUser(UserId.GROUP_ANONYMOUS_BOT, "Group", null, "GroupAnonymousBot",
      true);

  private final Deque<Actor> bound = new ArrayDeque<>();
  private final Attribution recording = (actor, work) -> {
    bound.push(actor);
    try {
      work.run();
    } finally {
      bound.pop();
    }
  };
  private final List<String> seen = new ArrayList<>();
  private final TestMessages messages = new TestMessages(Clock.fixed(NOW, ZoneOffset.UTC));

  private final BotModule module = new BotModule() {
    @Override
    public String name() {
      return "Test";
    }

    @Override
    public void register(Registry r) {
      r.command(CommandSpec.of("set", Gate.GROUP_ADMIN, ctx -> seen.add("command as " + current()))
          .forAnonymousAdmins());
      r.button(CallbackNamespace.ABOUT, ctx -> seen.add("button as " + current()));
      r.filter(Stage.FILTERS, ctx -> {
        seen.add("filter as " + current());
        return MessageFilter.Verdict.CONTINUE;
      });
      r.onMember(ctx -> seen.add("listener as " + current()));
    }
  };

  private final ChatQueries telegram = new ChatQueries() {
    @Override
    public List<ChatMember> administrators(ChatId chat) {
      return List.of(new ChatMember(ADMIN.id(), MemberStatus.ADMINISTRATOR, AdminRights.ALL, true, false,
          Optional.empty()));
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

  private final Dispatcher dispatcher = TestDispatcher.with(module).bot(BOT).telegram(telegram)
      .anonymousAdmins(chat -> true).clock(Clock.fixed(NOW, ZoneOffset.UTC)).attribution(recording).build();

  private String current() {
    Actor actor = bound.peek();
    return actor == null ? "nobody" : actor.name() + " (" + actor.id().map(UserId::toString).orElse("no id") + ", "
        + actor.via().word() + ")";
  }

  private Incoming message(SeenUser from, String text, Optional<SeenChannel> senderChat) {
    TestMessages.Draft m = text.startsWith("/") ? messages.message(GROUP_CHAT, from).command(text)
        : messages.message(GROUP_CHAT, from).text(text);
    senderChat.ifPresent(m::senderChat);
    return m.incoming();
  }

  @Test
  void aCommandRunsAsItsSenderAndFiltersAsNobody() {
    dispatcher.dispatch(message(ADMIN, "/set", Optional.empty()));

    assertEquals(List.of("command as Adam Smith (11, command)", "filter as nobody"), seen);
    assertEquals(0, bound.size(), "the binding ends with the handler");
  }

  @Test
  void aTrustedAnonymousAdminsCommandRunsAsAnAnonymousAdmin() {
    dispatcher.dispatch(message(ANON, "/set", Optional.of(new SeenChannel(GROUP, "Test group", null))));

    assertEquals("command as anonymous admin (no id, command)", seen.get(0));
  }

  @Test
  void anOrdinaryMessageIsTheBotsOwnBusiness() {
    dispatcher.dispatch(message(MEMBER, "hello", Optional.empty()));

    assertEquals(List.of("filter as nobody"), seen);
  }

  @Test
  void aButtonRunsAsWhoeverPressedIt() {
    dispatcher.dispatch(messages.press(GROUP_CHAT, MEMBER, MessageId.of(500),
        CallbackData.of(CallbackNamespace.ABOUT).encode()));

    assertEquals(List.of("button as Mia (12, command)"), seen);
  }

  @Test
  void aMemberChangeIsTheBotsOwnBusiness() {
    dispatcher.dispatch(messages.memberJoined(GROUP_CHAT, MEMBER));

    assertEquals(List.of("listener as nobody"), seen);
  }
}
