package io.alita.domain.confirm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.Button;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Effects;
import io.alita.domain.action.Keyboard;
import io.alita.domain.callback.CallbackData;
import io.alita.domain.callback.CallbackNamespace;
import io.alita.domain.dispatch.BotModule;
import io.alita.domain.dispatch.CommandSpec;
import io.alita.domain.dispatch.Dispatcher;
import io.alita.domain.dispatch.Gate;
import io.alita.domain.dispatch.Registry;
import io.alita.domain.dispatch.Requirement;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminRights;
import io.alita.domain.permission.FakeChatQueries;
import io.alita.domain.permission.MemberStatus;
import io.alita.domain.testing.ManualTimers;
import io.alita.domain.testing.MutableClock;
import io.alita.domain.testing.TestDispatcher;
import io.alita.domain.testing.TestEffects;
import io.alita.domain.testing.TestMessages;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.Incoming;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shared Yes/No dialog driven through a real dispatcher: {@code /ask <text>} asks a question whose payload is the
 * text; the owner's Yes hands the payload to the dialog's handler.
 */
class ConfirmDialogTest {

  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
  private static final SeenChat GROUP = new SeenChat(ChatId.of(-1001234), ChatKind.SUPERGROUP, "Engines", null);
  private static final SeenChat OTHER_GROUP = new SeenChat(ChatId.of(-1005678), ChatKind.SUPERGROUP, "Looms", null);
  private static final SeenUser OWNER = new SeenUser(UserId.of(10), "Olga", null, null, false);
  private static final SeenUser ADMIN = new SeenUser(UserId.of(11), "Adam", null, null, false);
  private static final CallbackNamespace ASK = new CallbackNamespace("cf_test");
  private static final CallbackNamespace OTHER_DIALOG = new CallbackNamespace("cf_other");
  private static final Gate CREATOR = Gate.GROUP.then(new Requirement.UserIsCreator());
  private static final ConfirmDialog.Labels LABELS = new ConfirmDialog.Labels(MessageKey.of("warns.yes"),
      MessageKey.of("warns.no"), MessageKey.of("warns.reset_all_cancelled"));
  private static final String YES = "Yes, remove them all";
  private static final String NO = "No";
  private static final String CANCELLED = "Cancelled: no warnings were removed.";
  private static final String EXPIRED = "This question has expired; ask again if you still want it.";
  private static final String USED = "This question was already answered.";

  private final MutableClock clock = new MutableClock(NOW);
  private final TestMessages messages = new TestMessages(clock);
  private final InMemoryConfirmationStore store = new InMemoryConfirmationStore();
  private final Confirmations confirmations = new Confirmations(store, clock, new Random(3));
  /** The payloads the Yes handlers were given, by dialog. */
  private final List<String> confirmed = new ArrayList<>();
  private Dispatcher dispatcher;

  @BeforeEach
  void aGroupWithAnOwnerAndAnAdmin() {
    FakeChatQueries telegram = new FakeChatQueries();
    telegram.admin(OWNER.id(), MemberStatus.CREATOR, AdminRights.ALL);
    telegram.admin(ADMIN.id(), MemberStatus.ADMINISTRATOR, AdminRights.ALL);
    ConfirmDialog ask = confirmations.dialog(ASK, CREATOR, LABELS, (ctx, payload) -> {
      confirmed.add("ask: " + payload);
      ctx.edit("Done.", Keyboard.NONE);
    });
    ConfirmDialog other = confirmations.dialog(OTHER_DIALOG, CREATOR, LABELS,
        (ctx, payload) -> confirmed.add("other: " + payload));
    BotModule asking = new BotModule() {
      @Override
      public String name() {
        return "Asking";
      }

      @Override
      public void register(Registry registry) {
        registry.command(CommandSpec.of("ask", CREATOR,
            ctx -> ask.ask(ctx, "Sure?", ctx.command().argumentText())));
        registry.command(CommandSpec.of("askother", CREATOR,
            ctx -> other.ask(ctx, "Really?", ctx.command().argumentText())));
      }
    };
    dispatcher = TestDispatcher.with(asking, confirmations).telegram(telegram).clock(clock).build();
  }

  private Effects ask(String payload) {
    return dispatcher.dispatch(messages.text(GROUP, OWNER, "/ask " + payload));
  }

  private Effects press(SeenChat chat, SeenUser from, String data) {
    return dispatcher.dispatch(messages.press(chat, from, MessageId.of(500), data));
  }

  private static Map<String, String> fields(String data) {
    return CallbackData.decode(data).orElseThrow().fields();
  }

  @Test
  void askingStoresTheQuestionAndRepliesWithYesAndNoThatCarryOnlyAToken() {
    Effects asked = ask("the payload");

    assertEquals(List.of("Sure?"), TestEffects.texts(asked));
    List<Button.Callback> buttons = TestEffects.buttons(asked);
    assertEquals(List.of(YES, NO), buttons.stream().map(Button.Callback::text).toList());
    String token = fields(buttons.get(0).data()).get("t");
    assertEquals(Map.of("t", token, "a", "y"), fields(buttons.get(0).data()));
    assertEquals(Map.of("t", token, "a", "n"), fields(buttons.get(1).data()));
    assertEquals(16, token.length());
    assertEquals(new Confirmation(token, GROUP.id(), "cf_test", "the payload", OWNER.id(),
        NOW.plus(Confirmations.LIFETIME)), store.find(token).orElseThrow());
  }

  @Test
  void theOwnersYesRunsTheHandlerWithThePayloadOnce() {
    String yes = TestEffects.buttonData(ask("the payload"), YES);

    Effects first = press(GROUP, OWNER, yes);
    Effects second = press(GROUP, OWNER, yes);

    assertEquals(List.of("ask: the payload"), confirmed);
    assertEquals(List.of("Done."), TestEffects.texts(first));
    ChatAction.AnswerButton used = TestEffects.onlyAnswer(second);
    assertEquals(USED, used.text());
    assertTrue(used.alert());
    assertEquals(List.of(), TestEffects.texts(second), "the answered question is not edited again");
    assertEquals(0, store.size());
  }

  @Test
  void noCancelsAndUsesTheQuestionUp() {
    Effects asked = ask("the payload");

    Effects no = press(GROUP, OWNER, TestEffects.buttonData(asked, NO));
    Effects yesAfterwards = press(GROUP, OWNER, TestEffects.buttonData(asked, YES));

    assertEquals(CANCELLED, TestEffects.onlyAnswer(no).text());
    assertEquals(List.of(CANCELLED), TestEffects.texts(no));
    assertEquals(USED, TestEffects.onlyAnswer(yesAfterwards).text());
    assertEquals(List.of(), confirmed);
  }

  @Test
  void aPressAfterTheLifetimeSaysTheQuestionExpired() {
    String yes = TestEffects.buttonData(ask("the payload"), YES);
    clock.advance(Confirmations.LIFETIME);

    Effects late = press(GROUP, OWNER, yes);

    assertEquals(EXPIRED, TestEffects.onlyAnswer(late).text());
    assertEquals(List.of(EXPIRED), TestEffects.texts(late), "the buttons go");
    assertEquals(List.of(), confirmed);
  }

  @Test
  void aPressBySomeoneTheGateRefusesIsDeniedAndLeavesTheQuestionUsable() {
    String yes = TestEffects.buttonData(ask("the payload"), YES);

    Effects byAdmin = press(GROUP, ADMIN, yes);
    press(GROUP, OWNER, yes);

    ChatAction.AnswerButton denied = TestEffects.onlyAnswer(byAdmin);
    assertEquals("Only the chat's owner can do this.", denied.text());
    assertTrue(denied.alert());
    assertEquals(List.of("ask: the payload"), confirmed);
  }

  @Test
  void aQuestionIsAcceptedOnlyInItsChatAndByItsDialog() {
    String yes = TestEffects.buttonData(ask("the payload"), YES);
    String token = fields(yes).get("t");

    Effects elsewhere = press(OTHER_GROUP, OWNER, yes);
    Effects otherDialog = press(GROUP, OWNER,
        CallbackData.of(OTHER_DIALOG).with("t", token).with("a", "y").encode());
    press(GROUP, OWNER, yes);

    assertEquals(EXPIRED, TestEffects.onlyAnswer(elsewhere).text());
    assertEquals(EXPIRED, TestEffects.onlyAnswer(otherDialog).text());
    assertEquals(List.of("ask: the payload"), confirmed, "the question stayed usable where it was asked");
  }

  @Test
  void aForgedTokenIsNotAccepted() {
    Effects forged = press(GROUP, OWNER, CallbackData.of(ASK).with("t", "AAAAAAAAAAAAAAAA").with("a", "y").encode());

    assertEquals(EXPIRED, TestEffects.onlyAnswer(forged).text());
    assertEquals(List.of(), confirmed);
  }

  @Test
  void aLongMultiLinePayloadNeverRidesInTheButtonAndSurvives() {
    String payload = ("A note of many lines with <b>markup</b> & ünïcödé\n").repeat(60).strip();

    Effects asked = ask(payload);
    press(GROUP, OWNER, TestEffects.buttonData(asked, YES));

    assertEquals(List.of("ask: " + payload), confirmed);
    assertTrue(TestEffects.buttons(asked).stream()
        .allMatch(b -> b.data().getBytes(StandardCharsets.UTF_8).length <= CallbackData.MAX_BYTES));
  }

  @Test
  void aRedeliveredQuestionIsAskedOnce() {
    Incoming.Message command = messages.text(GROUP, OWNER, "/ask once");

    dispatcher.dispatch(command);
    Effects again = dispatcher.dispatch(command);

    assertTrue(again.isEmpty());
    assertEquals(1, store.size());
  }

  @Test
  void expiredQuestionsAreForgottenHourly() {
    ask("old");
    clock.advance(Confirmations.LIFETIME.plusSeconds(1));
    ask("new");

    dispatcher.lifecycle().jobs().stream().filter(j -> j.module().equals("Confirmations"))
        .forEach(j -> j.runOnce(new ManualTimers()));

    assertEquals(1, store.size());
  }

  @Test
  void twoDialogsMayNotShareANamespace() {
    assertThrows(IllegalStateException.class,
        () -> confirmations.dialog(ASK, CREATOR, LABELS, (ctx, payload) -> { }));
  }
}
