package io.alita.domain.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alita.domain.callback.CallbackData;
import io.alita.domain.callback.CallbackNamespace;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.testing.TestDispatcher;
import io.alita.domain.testing.TestMessages;
import io.alita.domain.timer.Timer;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.Incoming;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The one resolver: every handler's context gets the texts of the chat the event is answered in (the group's, or in
 * private the user's), over a connection the user's; English without a Languages module.
 */
class DispatcherLanguagesTest {

  private static final SeenChat GROUP = new SeenChat(ChatId.of(-100777), ChatKind.SUPERGROUP, "Group", null);
  private static final SeenUser MIA = new SeenUser(UserId.of(12), "Mia", null, null, false);
  private static final SeenChat MIAS_CHAT = TestMessages.privateChat(MIA);
  /** The group speaks Spanish, Mia French; everyone else is unset. */
  private static final Map<ChatId, String> LANGUAGES = Map.of(GROUP.id(), "es", MIAS_CHAT.id(), "fr");

  private record Ping(ChatId chat) implements Timer {
    @Override
    public String id() {
      return "ping";
    }
  }

  private final List<String> seen = new ArrayList<>();
  private final TestMessages messages = new TestMessages(Clock.fixed(TestDispatcher.NOW, ZoneOffset.UTC));

  private final BotModule probe = new BotModule() {
    @Override
    public String name() {
      return "Probe";
    }

    @Override
    public void register(Registry registry) {
      registry.command(CommandSpec.of("where", Gate.ANYONE, ctx -> seen.add("command " + ctx.messages().language())));
      registry.command(CommandSpec.of("remote", Gate.GROUP, ctx -> seen.add("remote " + ctx.messages().language()))
          .connectable());
      registry.button(CallbackNamespace.ABOUT, ctx -> seen.add("button " + ctx.messages().language()));
      registry.filter(Stage.FILTERS, ctx -> {
        seen.add("message " + ctx.messages().language());
        return MessageFilter.Verdict.CONTINUE;
      });
      registry.onMember(ctx -> seen.add("member " + ctx.messages().language()));
      registry.onJoinRequest(ctx -> seen.add("join " + ctx.messages().language()));
      registry.onTimer(Ping.class, ctx -> seen.add("timer " + ctx.messages().language()));
      registry.connectedChats(request -> new ConnectedChats.Target.Group(GROUP));
    }
  };

  private final BotModule languages = new BotModule() {
    @Override
    public String name() {
      return "Languages";
    }

    @Override
    public void register(Registry registry) {
      registry.chatLanguages(chat -> Messages.forLanguage(LANGUAGES.getOrDefault(chat, "en")));
    }
  };

  private List<String> seenAfter(Dispatcher dispatcher, Incoming event) {
    seen.clear();
    dispatcher.dispatch(event);
    return List.copyOf(seen);
  }

  @Test
  void everyKindOfEventInAGroupGetsTheGroupsLanguage() {
    Dispatcher d = TestDispatcher.with(probe, languages).build();

    assertEquals(List.of("command es", "message es"), seenAfter(d, messages.command(GROUP, MIA, "/where")));
    assertEquals(List.of("button es"), seenAfter(d, messages.press(GROUP, MIA, io.alita.domain.model.MessageId.of(5),
        CallbackData.of(CallbackNamespace.ABOUT).encode())));
    assertEquals(List.of("member es"), seenAfter(d, messages.memberJoined(GROUP, MIA)));
    assertEquals(List.of("join es"), seenAfter(d, messages.joinRequest(GROUP, MIA)));
    assertEquals(List.of("timer es"), seenAfter(d, new Incoming.Due(new Ping(GROUP.id()))));
  }

  @Test
  void aPrivateChatGetsItsUsersLanguageAndAConnectedCommandToo() {
    Dispatcher d = TestDispatcher.with(probe, languages).build();

    assertEquals(List.of("command fr", "message fr"), seenAfter(d, messages.command(MIAS_CHAT, MIA, "/where")));
    // sent in private, acting on the Spanish group: answered in private, so in Mia's French
    assertEquals(List.of("remote fr", "message fr"), seenAfter(d, messages.command(MIAS_CHAT, MIA, "/remote")));
  }

  @Test
  void aChatWithoutALanguageAndABotWithoutTheModuleAreEnglish() {
    SeenUser other = new SeenUser(UserId.of(99), "Olaf", null, null, false);
    assertEquals(List.of("command en", "message en"), seenAfter(TestDispatcher.with(probe, languages).build(),
        messages.command(TestMessages.privateChat(other), other, "/where")));
    assertEquals(List.of("command en", "message en"), seenAfter(TestDispatcher.with(probe).build(),
        messages.command(GROUP, MIA, "/where")));
  }

  @Test
  void onlyOneModuleMayProvideTheLanguages() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> TestDispatcher.with(languages, languages).build());
  }
}
