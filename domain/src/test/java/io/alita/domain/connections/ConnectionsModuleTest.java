package io.alita.domain.connections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.Button;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Effects;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.dispatch.BotModule;
import io.alita.domain.dispatch.CommandSpec;
import io.alita.domain.dispatch.Dispatcher;
import io.alita.domain.dispatch.Gate;
import io.alita.domain.dispatch.Registry;
import io.alita.domain.help.HelpModule;
import io.alita.domain.help.HelpTopics;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.notes.InMemoryNotesStore;
import io.alita.domain.notes.NotesModule;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.permission.AdminRights;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.permission.FakeChatQueries;
import io.alita.domain.permission.MemberStatus;
import io.alita.domain.rules.InMemoryRulesStore;
import io.alita.domain.rules.PrivateRules;
import io.alita.domain.rules.RulesModule;
import io.alita.domain.rules.RulesView;
import io.alita.domain.testing.TestDispatcher;
import io.alita.domain.testing.TestMessages;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Connections through a real {@link Dispatcher}: Ada (42) created the group, Bob (43) is a member, the bot is an admin.
 * The rules module stands for every connection-aware command.
 */
class ConnectionsModuleTest {

  private static final BotIdentity BOT = new BotIdentity(UserId.of(999), "AlitaBot");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-08T01:00:00Z"), ZoneOffset.UTC);
  private static final SeenChat GROUP = new SeenChat(ChatId.of(-1001234), ChatKind.SUPERGROUP, "Engines", "engines");
  private static final SeenUser ADA = new SeenUser(UserId.of(42), "Ada", "Lovelace", "ada_l", false);
  private static final SeenUser BOB = new SeenUser(UserId.of(43), "Bob", null, null, false);
  private static final SeenChat ADAS_PM = TestMessages.privateChat(ADA);
  private static final SeenChat BOBS_PM = TestMessages.privateChat(BOB);

  private final FakeChatQueries telegram = new FakeChatQueries();
  private final AdminCache admins = new AdminCache(telegram, CLOCK);
  private final InMemoryConnectionsStore store = new InMemoryConnectionsStore();
  private final InMemoryRulesStore rules = new InMemoryRulesStore();
  private final io.alita.domain.disabling.InMemoryDisableStore disabled =
      new io.alita.domain.disabling.InMemoryDisableStore();
  private final io.alita.domain.filters.InMemoryFiltersStore filters = new io.alita.domain.filters.InMemoryFiltersStore();
  private final TestMessages messages = new TestMessages(CLOCK);
  private final Dispatcher dispatcher;

  ConnectionsModuleTest() {
    telegram.admin(ADA.id(), MemberStatus.CREATOR, AdminRights.ALL);
    telegram.admin(BOT.id(), MemberStatus.ADMINISTRATOR, AdminRights.ALL);
    telegram.member(BOB.id(), MemberStatus.MEMBER);
    store.seen(GROUP);
    ConnectionsModule connections = new ConnectionsModule(store, telegram, admins, BOT);
    RulesView view = new RulesView(BOT, new Random(1));
    List<BotModule> modules = new ArrayList<>();
    modules.add(connections);
    modules.add(new RulesModule(rules, view));
    modules.add(new io.alita.domain.disabling.DisablingModule(disabled));
    modules.add(new Misbehaving());
    io.alita.domain.content.ContentSender content = new io.alita.domain.content.ContentSender(
        io.alita.domain.content.ContentSender.RulesButtons.NONE, new Random(1));
    io.alita.domain.confirm.Confirmations confirmations = new io.alita.domain.confirm.Confirmations(
        new io.alita.domain.confirm.InMemoryConfirmationStore(), CLOCK, new Random(1));
    NotesModule notes = new NotesModule(new InMemoryNotesStore(), admins, BOT, content, confirmations);
    modules.add(new io.alita.domain.filters.FiltersModule(filters, admins, BOT, content, confirmations));
    modules.add(confirmations);
    modules.add(new HelpModule(new HelpTopics(() -> modules), new PrivateRules(rules, view), notes.privateNotes(), BOT,
        connections::connectFromLink));
    dispatcher = TestDispatcher.with(modules).bot(BOT).telegram(telegram).admins(admins).clock(CLOCK).build();
  }

  /** A connection-aware command that (wrongly) sends to the chat it acts on: the dispatcher keeps it in private. */
  private static final class Misbehaving implements BotModule {
    @Override
    public String name() {
      return "Misbehaving";
    }

    @Override
    public void register(Registry registry) {
      registry.command(CommandSpec.of("shout", Gate.GROUP_ADMIN, ctx -> ctx.act(new ChatAction.Send(
          OutgoingMessage.to(ctx.chat(), "about " + ctx.chat().value())))).connectable());
    }
  }

  private Effects send(SeenChat chat, SeenUser from, String text) {
    return dispatcher.dispatch(messages.text(chat, from, text));
  }

  private static String text(String key, Object... namesAndValues) {
    return Messages.english().html(MessageKey.of(key), namesAndValues);
  }

  private static OutgoingMessage only(Effects effects) {
    List<ChatAction> actions = effects.actions();
    assertEquals(1, actions.size(), () -> "expected one message, got " + actions);
    return ((ChatAction.Send) actions.get(0)).message();
  }

  /** Every action of {@code effects} is a message to {@code chat}. */
  private static void allTo(SeenChat chat, Effects effects) {
    for (ChatAction a : effects.actions()) {
      assertEquals(chat.id(), a.chat(), () -> "sent elsewhere: " + a);
    }
  }

  // ------------------------------------------------------------------------------------------------ connecting

  @Test
  void anAdminConnectsInPrivateByIdAndSeesTheCommandsThatWorkFromThere() {
    OutgoingMessage answer = only(send(ADAS_PM, ADA, "/connect -1001234"));

    assertEquals(ADAS_PM.id(), answer.chat());
    assertTrue(answer.html().startsWith(text("connections.connected", "chat", "Engines")), answer.html());
    assertTrue(answer.html().contains("/setrules"), answer.html());
    assertTrue(answer.html().contains("/rules"), answer.html());
    assertTrue(store.find(ADA.id()).orElseThrow().connected());
  }

  @Test
  void aGroupIsFoundByItsUsernameToo() {
    only(send(ADAS_PM, ADA, "/connect @Engines"));

    assertEquals(GROUP.id(), store.find(ADA.id()).orElseThrow().group().id());
  }

  @Test
  void connectWithoutAGroupOrWithAnUnknownNameGetsAShortAnswer() {
    assertEquals(text("connections.usage"), only(send(ADAS_PM, ADA, "/connect")).html());
    assertEquals(text("connections.unknown_chat", "chat", "@nowhere"),
        only(send(ADAS_PM, ADA, "/connect @nowhere")).html());
    assertEquals(text("connections.unknown_chat", "chat", "hello"), only(send(ADAS_PM, ADA, "/connect hello")).html());
    assertEquals(Optional.empty(), store.find(ADA.id()));
  }

  @Test
  void aMemberMayNotConnectUntilAllowconnectIsOn() {
    assertEquals(text("connections.admins_only", "chat", "Engines"),
        only(send(BOBS_PM, BOB, "/connect -1001234")).html());
    assertEquals(Optional.empty(), store.find(BOB.id()));

    only(send(GROUP, ADA, "/allowconnect on"));
    only(send(BOBS_PM, BOB, "/connect -1001234"));

    assertTrue(store.find(BOB.id()).orElseThrow().connected());
  }

  @Test
  void someoneNotInTheGroupMayNotConnectEvenWhenMembersMay() {
    store.setAllowsMembers(GROUP, true);
    SeenUser eve = new SeenUser(UserId.of(66), "Eve", null, null, false);

    assertEquals(text("connections.not_a_member", "chat", "Engines"),
        only(send(TestMessages.privateChat(eve), eve, "/connect -1001234")).html());
    assertEquals(Optional.empty(), store.find(eve.id()));
  }

  @Test
  void connectInTheGroupAnswersWithAButtonToTheDeepLink() {
    OutgoingMessage answer = only(send(GROUP, ADA, "/connect"));

    assertEquals(GROUP.id(), answer.chat());
    Button.Url button = (Button.Url) answer.keyboard().rows().get(0).get(0);
    assertEquals("https://t.me/AlitaBot?start=connect_-1001234", button.url());
    assertEquals(Optional.empty(), store.find(ADA.id()), "the button connects, not the command");
  }

  @Test
  void connectInTheGroupRefusesAMemberWhenOnlyAdminsMayConnect() {
    OutgoingMessage answer = only(send(GROUP, BOB, "/connect"));

    assertEquals(text("connections.admins_only", "chat", "Engines"), answer.html());
    assertTrue(answer.keyboard().rows().isEmpty());
  }

  @Test
  void theDeepLinkConnectsAnAdmin() {
    OutgoingMessage answer = only(send(ADAS_PM, ADA, "/start connect_-1001234"));

    assertTrue(answer.html().startsWith(text("connections.connected", "chat", "Engines")), answer.html());
    assertTrue(store.find(ADA.id()).orElseThrow().connected());
  }

  @Test
  void theDeepLinkAppliesConnectsAuthorizationToAMember() {
    // The original's connect_ link connected anyone who had it; the link names the group, nothing more.
    assertEquals(text("connections.admins_only", "chat", "Engines"),
        only(send(BOBS_PM, BOB, "/start connect_-1001234")).html());
    assertEquals(Optional.empty(), store.find(BOB.id()));
  }

  @Test
  void theDeepLinkToAGroupTheBotIsNotInIsRefused() {
    telegram.member(ADA.id(), MemberStatus.LEFT);

    assertEquals(text("connections.not_a_member", "chat", "-1009999"),
        only(send(ADAS_PM, ADA, "/start connect_-1009999")).html());
    assertEquals(Optional.empty(), store.find(ADA.id()));
  }

  // ------------------------------------------------------------------------------------------------ over a connection

  @Test
  void aSettingsCommandSentInPrivateChangesTheConnectedGroupAndAnswersInPrivate() {
    send(ADAS_PM, ADA, "/connect -1001234");

    Effects effects = send(ADAS_PM, ADA, "/setrules Be kind");

    allTo(ADAS_PM, effects);
    assertEquals(1, effects.actions().size());
    assertEquals(Optional.of("Be kind"), rules.find(GROUP.id()).source());
    assertEquals(Optional.empty(), rules.find(ADAS_PM.id()).source());
  }

  @Test
  void readingTheGroupsRulesOverAConnectionShowsThemInPrivate() {
    send(ADAS_PM, ADA, "/connect -1001234");
    send(ADAS_PM, ADA, "/setrules Be kind");

    OutgoingMessage shown = only(send(ADAS_PM, ADA, "/rules"));

    assertEquals(ADAS_PM.id(), shown.chat());
    assertTrue(shown.html().contains("Be kind"), shown.html());
  }

  @Test
  void withoutAConnectionAConnectionAwareCommandInPrivateSaysToConnectFirst() {
    assertEquals(text("connections.connect_first", "command", "setrules"),
        only(send(ADAS_PM, ADA, "/setrules Be kind")).html());
    assertEquals(Optional.empty(), rules.find(GROUP.id()).source());
  }

  @Test
  void afterDisconnectTheCommandsStopAndReconnectBringsThemBack() {
    send(ADAS_PM, ADA, "/connect -1001234");

    assertEquals(text("connections.disconnected", "chat", "Engines"), only(send(ADAS_PM, ADA, "/disconnect")).html());
    assertEquals(text("connections.connect_first", "command", "setrules"),
        only(send(ADAS_PM, ADA, "/setrules Be kind")).html());

    OutgoingMessage back = only(send(ADAS_PM, ADA, "/reconnect"));
    assertTrue(back.html().startsWith(text("connections.connected", "chat", "Engines")), back.html());
    send(ADAS_PM, ADA, "/setrules Be kind");
    assertEquals(Optional.of("Be kind"), rules.find(GROUP.id()).source());
  }

  @Test
  void connectionShowsTheGroupAndDisconnectOrReconnectWithoutOneSaySo() {
    assertEquals(text("connections.not_connected"), only(send(ADAS_PM, ADA, "/connection")).html());
    assertEquals(text("connections.not_connected"), only(send(ADAS_PM, ADA, "/disconnect")).html());
    assertEquals(text("connections.reconnect_none"), only(send(ADAS_PM, ADA, "/reconnect")).html());

    send(ADAS_PM, ADA, "/connect -1001234");
    assertTrue(only(send(ADAS_PM, ADA, "/connection")).html().startsWith(text("connections.current", "chat", "Engines")));
  }

  @Test
  void reconnectChecksAgainWhoMayConnect() {
    send(ADAS_PM, ADA, "/connect -1001234");
    send(ADAS_PM, ADA, "/disconnect");
    telegram.removeAdmin(ADA.id());

    assertEquals(text("connections.admins_only", "chat", "Engines"), only(send(ADAS_PM, ADA, "/reconnect")).html());
    assertFalse(store.find(ADA.id()).orElseThrow().connected());
  }

  @Test
  void aDemotedAdminLosesTheConnectionAtTheNextCommand() {
    send(ADAS_PM, ADA, "/connect -1001234");
    send(GROUP, ADA, "/rules"); // the admin list is cached now, with Ada in it
    telegram.removeAdmin(ADA.id());

    OutgoingMessage answer = only(send(ADAS_PM, ADA, "/setrules Be kind"));

    assertEquals(ADAS_PM.id(), answer.chat());
    assertEquals(text("connections.dropped_not_admin", "chat", "Engines"), answer.html());
    assertFalse(store.find(ADA.id()).orElseThrow().connected());
    assertEquals(Optional.empty(), rules.find(GROUP.id()).source());
  }

  @Test
  void aDemotedAdminOfAGroupThatLetsMembersConnectKeepsTheConnectionButNotTheAdminCommands() {
    store.setAllowsMembers(GROUP, true);
    send(ADAS_PM, ADA, "/connect -1001234");
    send(GROUP, ADA, "/rules"); // cached as an admin
    telegram.removeAdmin(ADA.id());

    // The cached list still says admin; Telegram's answer of now wins.
    assertEquals(text("dispatch.user_not_admin", "right", ""), only(send(ADAS_PM, ADA, "/setrules Be kind")).html());
    assertTrue(store.find(ADA.id()).orElseThrow().connected());
    assertEquals(ADAS_PM.id(), only(send(ADAS_PM, ADA, "/rules")).chat());
  }

  @Test
  void aMemberWhoLeftTheGroupLosesTheConnection() {
    store.setAllowsMembers(GROUP, true);
    send(BOBS_PM, BOB, "/connect -1001234");
    telegram.member(BOB.id(), MemberStatus.LEFT);

    assertEquals(text("connections.dropped_absent", "chat", "Engines"), only(send(BOBS_PM, BOB, "/rules")).html());
    assertFalse(store.find(BOB.id()).orElseThrow().connected());
  }

  @Test
  void aCommandDisabledInTheGroupIsIgnoredForAConnectedMemberAndRunsForAnAdmin() {
    rules.saveText(GROUP, "Be kind");
    store.setAllowsMembers(GROUP, true);
    send(BOBS_PM, BOB, "/connect -1001234");
    send(ADAS_PM, ADA, "/connect -1001234");
    only(send(GROUP, ADA, "/disable rules"));

    assertEquals(List.of(), send(BOBS_PM, BOB, "/rules").actions(), "disabled for members, from private too");
    assertEquals(ADAS_PM.id(), only(send(ADAS_PM, ADA, "/rules")).chat(), "admins bypass it, as in the group");
  }

  @Test
  void aMemberWhoMayConnectRunsMemberCommandsButNotAdminOnes() {
    store.setAllowsMembers(GROUP, true);
    send(BOBS_PM, BOB, "/connect -1001234");

    OutgoingMessage answer = only(send(BOBS_PM, BOB, "/setrules Mine now"));

    assertEquals(BOBS_PM.id(), answer.chat());
    assertEquals(text("dispatch.user_not_admin", "right", ""), answer.html());
    assertEquals(Optional.empty(), rules.find(GROUP.id()).source());
  }

  @Test
  void aMessageAConnectedCommandAddressesToTheGroupGoesToThePrivateChatInstead() {
    send(ADAS_PM, ADA, "/connect -1001234");

    OutgoingMessage sent = only(send(ADAS_PM, ADA, "/shout"));

    assertEquals(ADAS_PM.id(), sent.chat());
    assertEquals("about -1001234", sent.html());
  }

  @Test
  void inTheGroupConnectionAwareCommandsActOnTheGroupAsBefore() {
    send(ADAS_PM, ADA, "/connect -1001234");

    OutgoingMessage answer = only(send(GROUP, ADA, "/setrules In the group"));

    assertEquals(GROUP.id(), answer.chat());
    assertEquals(Optional.of("In the group"), rules.find(GROUP.id()).source());
  }

  @Test
  void aYesNoQuestionAskedOverAConnectionIsAnsweredInPrivateAndActsOnTheGroup() {
    send(ADAS_PM, ADA, "/connect -1001234");
    send(ADAS_PM, ADA, "/filter hi Hello");

    OutgoingMessage question = only(send(ADAS_PM, ADA, "/filter hi Hello again"));
    assertEquals(ADAS_PM.id(), question.chat());
    Button.Callback yes = (Button.Callback) question.keyboard().rows().get(0).get(0);

    Effects pressed = dispatcher.dispatch(messages.press(ADAS_PM, ADA, io.alita.domain.model.MessageId.of(500), yes));

    allTo(ADAS_PM, pressed);
    assertTrue(pressed.actions().stream().anyMatch(a -> a instanceof ChatAction.AnswerButton ab
        && ab.text().equals(Messages.english().plain(MessageKey.of("filters.replaced"), "trigger", "hi"))),
        () -> pressed.actions().toString());
    assertEquals("Hello again", filters.filters(GROUP.id()).get(0).content().text());
  }

  @Test
  void aQuestionsButtonPressedInPrivateWithoutAConnectionSaysToConnectFirst() {
    send(ADAS_PM, ADA, "/connect -1001234");
    send(ADAS_PM, ADA, "/filter hi Hello");
    Button.Callback yes = (Button.Callback) only(send(ADAS_PM, ADA, "/filter hi Hello again")).keyboard().rows()
        .get(0).get(0);
    send(ADAS_PM, ADA, "/disconnect");

    Effects pressed = dispatcher.dispatch(messages.press(ADAS_PM, ADA, io.alita.domain.model.MessageId.of(500), yes));

    ChatAction.AnswerButton alert = (ChatAction.AnswerButton) pressed.actions().get(0);
    assertEquals(1, pressed.actions().size());
    assertTrue(alert.alert() && alert.text().startsWith("You are not connected to a group."), alert.text());
    assertEquals("Hello", filters.filters(GROUP.id()).get(0).content().text());
  }

  // ------------------------------------------------------------------------------------------------ allowconnect

  @Test
  void allowconnectShowsAndSwitchesTheSettingAndRefusesOtherWords() {
    assertEquals(text("connections.allow_is_off"), only(send(GROUP, ADA, "/allowconnect")).html());
    assertEquals(text("connections.allow_on"), only(send(GROUP, ADA, "/allowconnect yes")).html());
    assertEquals(text("connections.allow_is_on"), only(send(GROUP, ADA, "/allowconnect")).html());
    assertEquals(text("connections.allow_off"), only(send(GROUP, ADA, "/allowconnect OFF")).html());
    assertEquals(text("connections.allow_usage", "input", "maybe"),
        only(send(GROUP, ADA, "/allowconnect maybe")).html());
    assertFalse(store.allowsMembers(GROUP.id()));
  }

  @Test
  void allowconnectIsForAdmins() {
    assertEquals(text("dispatch.user_not_admin", "right", ""), only(send(GROUP, BOB, "/allowconnect on")).html());
    assertFalse(store.allowsMembers(GROUP.id()));
  }

  @Test
  void disconnectInTheGroupPointsToThePrivateChat() {
    assertEquals(text("connections.in_private", "command", "disconnect"), only(send(GROUP, ADA, "/disconnect")).html());
  }
}
