package io.alita.domain.disabling;

import static io.alita.domain.rules.TestBot.ADA;
import static io.alita.domain.rules.TestBot.BOB;
import static io.alita.domain.rules.TestBot.GROUP;
import static io.alita.domain.rules.TestBot.onlyReply;
import static io.alita.domain.rules.TestBot.privateChat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Effects;
import io.alita.domain.action.Keyboard;
import io.alita.domain.dispatch.BotModule;
import io.alita.domain.dispatch.CommandSpec;
import io.alita.domain.dispatch.Gate;
import io.alita.domain.dispatch.Registry;
import io.alita.domain.testing.TestMessages;
import io.alita.domain.rules.InMemoryRulesStore;
import io.alita.domain.rules.RulesModule;
import io.alita.domain.rules.RulesView;
import io.alita.domain.rules.TestBot;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DisablingModuleTest {

  private final InMemoryDisableStore store = new InMemoryDisableStore();
  /** A command anyone may use anywhere, disableable by its name ("id"), answering "id". */
  private static final BotModule ID = new BotModule() {
    @Override
    public String name() {
      return "Id";
    }

    @Override
    public void register(Registry registry) {
      registry.command(CommandSpec.of("id", Gate.ANYONE, ctx -> ctx.replyHtml("id", Keyboard.NONE)));
    }
  };

  private final TestBot bot = TestBot.with(List.of(new RulesModule(new InMemoryRulesStore(),
      new RulesView(TestBot.BOT, new Random(1))), ID, new DisablingModule(store)));
  private final TestMessages messages = new TestMessages(TestBot.CLOCK, 5000, 5000);

  @Test
  void privateChatsAndAnonymousAdminsBypassADisabledCommand() {
    bot.send(GROUP, ADA, "/disable id");
    assertEquals(List.of(), bot.send(GROUP, BOB, "/id").actions());

    assertEquals("id", onlyReply(bot.send(privateChat(BOB), BOB, "/id")));
    assertEquals("id", onlyReply(bot.dispatcher().dispatch(messages.messageFromAnonymousAdmin(GROUP).text("/id")
        .incoming())));
  }

  @Test
  void severalCommandsAreDisabledAtOnceAndTheOthersAreNamed() {
    String answer = onlyReply(bot.send(GROUP, ADA, "/disable rules /notes setrules nosuchthing export"));

    assertEquals("Disabled for members: /export, /notes, /rules. Admins can still use them.\n"
        + "These commands cannot be disabled: /setrules. /disableable lists the ones that can.\n"
        + "I have no such commands: nosuchthing.", answer);
    assertEquals(Set.of("export", "notes", "rules"), store.find(GROUP.id()).commands());
  }

  @Test
  void aDisabledCommandIsIgnoredForAMemberAndAnsweredForAnAdmin() {
    bot.send(GROUP, ADA, "/disable rules");

    assertEquals(List.of(), bot.send(GROUP, BOB, "/rules").actions());
    assertTrue(onlyReply(bot.send(GROUP, ADA, "/rules")).startsWith("This chat has no rules yet."));
  }

  @Test
  void withDisabledelTheMembersCommandIsDeleted() {
    bot.send(GROUP, ADA, "/disable rules");
    assertEquals("A member's disabled command will now be deleted.", onlyReply(bot.send(GROUP, ADA, "/disabledel on")));

    Effects effects = bot.send(GROUP, BOB, "/rules");

    assertEquals(1, effects.actions().size(), effects.actions()::toString);
    ChatAction.Delete delete = (ChatAction.Delete) effects.actions().get(0);
    assertEquals(GROUP.id(), delete.chat());
    assertEquals("Members' disabled commands are deleted. Turn it off with /disabledel off.",
        onlyReply(bot.send(GROUP, ADA, "/disabledel")));
  }

  @Test
  void enablingBringsTheCommandBack() {
    bot.send(GROUP, ADA, "/disable rules notes");

    assertEquals("Enabled again: /rules.", onlyReply(bot.send(GROUP, ADA, "/enable rules")));

    assertTrue(onlyReply(bot.send(GROUP, BOB, "/rules")).startsWith("This chat has no rules yet."));
    assertEquals(Set.of("notes"), store.find(GROUP.id()).commands());
  }

  @Test
  void disabledListsTheChatsDisabledCommandsAndIsItselfDisableable() {
    assertEquals("No command is disabled in this chat.", onlyReply(bot.send(GROUP, BOB, "/disabled")));
    bot.send(GROUP, ADA, "/disable rules disabled");

    assertEquals(List.of(), bot.send(GROUP, BOB, "/disabled").actions());
    assertEquals("Disabled for members in this chat:\n/disabled\n/rules", onlyReply(bot.send(GROUP, ADA, "/disabled")));
  }

  @Test
  void disableableListsTheDisableableCommandsThisBotHas() {
    assertEquals("Commands a chat can disable for its members:\n/disabled\n/id\n/rules",
        onlyReply(bot.send(privateChat(BOB), BOB, "/disableable")));
  }

  @Test
  void onlyAdminsDisableAndAMalformedCommandGetsItsUsage() {
    assertTrue(onlyReply(bot.send(GROUP, BOB, "/disable rules")).contains("admin"));
    assertEquals(Set.of(), store.find(GROUP.id()).commands());
    assertEquals("Tell me which commands to disable, e.g. /disable rules notes. /disableable lists them.",
        onlyReply(bot.send(GROUP, ADA, "/disable")));
    assertEquals("I don't understand \"sometimes\". Use /disabledel on or /disabledel off.",
        onlyReply(bot.send(GROUP, ADA, "/disabledel sometimes")));
  }

  @Test
  void commandsThatCannotBeDisabledCostNoLookupAndTheSettingsAreReadOncePerChat() {
    bot.send(GROUP, BOB, "/setrules x");
    assertEquals(0, store.reads());

    bot.send(GROUP, BOB, "/rules");
    bot.send(GROUP, BOB, "/rules");
    bot.send(GROUP, BOB, "hello");

    assertEquals(1, store.reads());
  }

  @Test
  void aChangeSavedElsewhereIsSeenOnceTheChatIsSaidToHaveChanged() {
    bot.send(GROUP, BOB, "/rules");
    store.disable(GROUP.id(), Set.of("rules"));

    bot.dispatcher().settingsChanges().chatChanged(GROUP.id());

    assertEquals(List.of(), bot.send(GROUP, BOB, "/rules").actions());
  }

  @Test
  void namesAreReadAsTyped() {
    assertEquals(java.util.Optional.of("rules"), Disableable.name("/Rules@AlitaBot"));
    assertEquals(java.util.Optional.empty(), Disableable.name("ru-les"));
  }
}
