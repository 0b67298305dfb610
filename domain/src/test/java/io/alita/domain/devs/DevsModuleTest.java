package io.alita.domain.devs;

import static io.alita.domain.devs.DevsFixture.ADA;
import static io.alita.domain.devs.DevsFixture.CHARLES;
import static io.alita.domain.devs.DevsFixture.GROUP;
import static io.alita.domain.devs.DevsFixture.OWNER;
import static io.alita.domain.devs.DevsFixture.STRANGER;
import static io.alita.domain.devs.DevsFixture.english;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Effects;
import io.alita.domain.format.Html;
import io.alita.domain.format.Limits;
import io.alita.domain.i18n.TrustedHtml;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.target.Target;
import io.alita.domain.target.Username;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.update.UpdateId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DevsModuleTest {

  private final DevsFixture fixture = new DevsFixture();

  /** The HTML of the only action, which must be a message. */
  private static String onlyText(Effects effects) {
    assertEquals(1, effects.actions().size(), () -> "expected one message, got " + effects.actions());
    return ((ChatAction.Send) effects.actions().get(0)).message().html();
  }

  private static List<String> texts(Effects effects) {
    return effects.actions().stream().map(a -> ((ChatAction.Send) a).message().html()).toList();
  }

  private static TrustedHtml mention(long id, String name) {
    return TrustedHtml.of("<a href=\"tg://user?id=" + id + "\">" + name + "</a>");
  }

  // ---------------------------------------------------------------------------------------------------- who may ask

  @ParameterizedTest
  @ValueSource(strings = {"/addsudo 42", "/adddev 42", "/remsudo 42", "/remdev 42"})
  void aTeamChangeByAnyoneButTheOwnerProducesNoActionAtAll(String command) {
    fixture.store.appoint(CHARLES.id(), TeamRole.DEV);
    fixture.store.appoint(ADA.id(), TeamRole.SUDO);

    assertEquals(List.of(), fixture.send(STRANGER, command).actions());
    assertEquals(List.of(), fixture.send(CHARLES, command).actions(), "not even a dev");
    assertEquals(Optional.of(TeamRole.SUDO), fixture.store.role(ADA.id()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/stats", "/chatinfo -1001234", "/chatlist", "/leavechat -1001234", "/teamusers"})
  void aStrangerIsIgnoredWithoutAWord(String command) {
    assertEquals(List.of(), fixture.send(STRANGER, command).actions());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/stats", "/chatinfo -1001234", "/chatlist", "/leavechat -1001234"})
  void aSudoUserIsIgnoredByTheDevCommands(String command) {
    fixture.store.appoint(CHARLES.id(), TeamRole.SUDO);

    assertEquals(List.of(), fixture.send(CHARLES, command).actions());
  }

  @Test
  void aSudoUserMayListTheTeam() {
    fixture.store.appoint(CHARLES.id(), TeamRole.SUDO);

    assertEquals(1, fixture.send(CHARLES, "/teamusers").actions().size());
  }

  // ------------------------------------------------------------------------------------------------ managing the team

  @Test
  void theOwnerAddsADevAndTeamusersListsThem() {
    fixture.store.seen(ADA.id(), ADA.fullName());

    Effects added = fixture.sendReplying(OWNER, "/adddev", ADA);

    assertEquals(english("devs.added_dev", "user", mention(42, "Ada Lovelace")), onlyText(added));
    assertEquals(Optional.of(TeamRole.DEV), fixture.store.role(ADA.id()));

    Effects listed = fixture.send(OWNER, "/teamusers");

    assertEquals(english("devs.team_owner", "user", mention(1, "1"))
        + "\n\n" + english("devs.team_devs") + "\n• " + mention(42, "Ada Lovelace").html()
        + "\n\n" + english("devs.team_sudo") + "\n" + english("devs.team_nobody"), onlyText(listed));
  }

  @Test
  void aNewDevCanUseTheDevCommandsAtOnce() {
    fixture.sendReplying(OWNER, "/adddev", ADA);

    assertEquals(1, fixture.send(ADA, "/stats").actions().size());
  }

  @Test
  void theOwnerAddsASudoUserByUsername() {
    fixture.usernames.put(Username.of("ada_l"), new Target.User(ADA.id()));

    Effects added = fixture.send(OWNER, "/addsudo @ada_l");

    assertEquals(english("devs.added_sudo", "user", mention(42, "42")), onlyText(added));
    assertEquals(Optional.of(TeamRole.SUDO), fixture.store.role(ADA.id()));
  }

  @Test
  void theOwnerAddsASudoUserById() {
    fixture.send(OWNER, "/addsudo 43");

    assertEquals(Optional.of(TeamRole.SUDO), fixture.store.role(CHARLES.id()));
  }

  @Test
  void aRepeatedDeliveryChangesNothingAndSaysNothing() {
    UpdateId update = new UpdateId(77);
    fixture.send(update, OWNER, "/adddev 42", Optional.empty());
    fixture.store.dismiss(ADA.id()); // so a second run would be visible

    Effects again = fixture.send(update, OWNER, "/adddev 42", Optional.empty());

    assertEquals(List.of(), again.actions());
    assertEquals(Optional.empty(), fixture.store.role(ADA.id()));
  }

  @Test
  void addingADevTwiceSaysTheyAreOneAlready() {
    fixture.send(OWNER, "/adddev 42");

    assertEquals(english("devs.already_dev", "user", mention(42, "42")), onlyText(fixture.send(OWNER, "/adddev 42")));
  }

  @Test
  void aSudoUserMadeADevIsPromoted() {
    fixture.store.appoint(ADA.id(), TeamRole.SUDO);

    fixture.send(OWNER, "/adddev 42");

    assertEquals(Optional.of(TeamRole.DEV), fixture.store.role(ADA.id()));
  }

  @Test
  void addsudoRefusesToDemoteADev() {
    fixture.store.appoint(ADA.id(), TeamRole.DEV);

    Effects refused = fixture.send(OWNER, "/addsudo 42");

    assertEquals(english("devs.dev_not_sudo", "user", mention(42, "42")), onlyText(refused));
    assertEquals(Optional.of(TeamRole.DEV), fixture.store.role(ADA.id()));
  }

  @Test
  void theOwnerRemovesADevAndASudoUser() {
    fixture.store.appoint(ADA.id(), TeamRole.DEV);
    fixture.store.appoint(CHARLES.id(), TeamRole.SUDO);

    assertEquals(english("devs.removed_dev", "user", mention(42, "42")), onlyText(fixture.send(OWNER, "/remdev 42")));
    assertEquals(english("devs.removed_sudo", "user", mention(43, "Charles")),
        onlyText(fixture.sendReplying(OWNER, "/remsudo", CHARLES)));
    assertEquals(List.of(), fixture.store.members());
  }

  @Test
  void removingTheWrongRoleLeavesTheMemberAlone() {
    fixture.store.appoint(ADA.id(), TeamRole.DEV);

    assertEquals(english("devs.not_sudo", "user", mention(42, "42")), onlyText(fixture.send(OWNER, "/remsudo 42")));
    assertEquals(Optional.of(TeamRole.DEV), fixture.store.role(ADA.id()));
    assertEquals(english("devs.not_dev", "user", mention(43, "43")), onlyText(fixture.send(OWNER, "/remdev 43")));
  }

  @Test
  void theOwnerCannotBeGivenARole() {
    Effects refused = fixture.send(OWNER, "/addsudo 1");

    assertEquals(english("devs.is_owner", "user", mention(1, "1")), onlyText(refused));
    assertEquals(List.of(), fixture.store.members());
  }

  @Test
  void aTeamChangeWithoutATargetSaysWhoIsMissing() {
    assertEquals(english("target.none"), onlyText(fixture.send(OWNER, "/adddev")));
    assertEquals(english("target.not_found", "username", "@nobody_here"), onlyText(fixture.send(OWNER, "/adddev @nobody_here")));
    assertEquals(english("devs.not_a_user"), onlyText(fixture.send(OWNER, "/adddev -1001234567890")));
    assertEquals(List.of(), fixture.store.members());
  }

  @Test
  void aNameWithMarkupIsEscapedInTheAnswer() {
    var evil = new io.alita.domain.tracking.SeenUser(UserId.of(50), "<b>Eve</b>", null, null, false);

    String html = onlyText(fixture.sendReplying(OWNER, "/addsudo", evil));

    assertTrue(html.contains(">&lt;b&gt;Eve&lt;/b&gt;</a>"), html);
  }

  @Test
  void anEmptyTeamIsListedAsSuch() {
    String html = onlyText(fixture.send(OWNER, "/teamusers"));

    assertEquals(2, html.split(english("devs.team_nobody"), -1).length - 1);
  }

  // ------------------------------------------------------------------------------------------------------ statistics

  @Test
  void statsShowTheCountsOfUsersChatsActivityAndEveryModule() {
    fixture.stats = new BotStats(1200, 40, 3, new BotStats.Activity(10, 70, 300), new BotStats.Activity(5, 20, 35),
        Map.of(StoredFeature.NOTES, 812L, StoredFeature.FILTERS, 64L));

    String html = onlyText(fixture.send(OWNER, "/stats"));

    assertTrue(html.startsWith(english("devs.stats", "users", 1200, "active", 40, "inactive", 3, "dau", 10, "wau", 70,
        "mau", 300, "dag", 5, "wag", 20, "mag", 35)), html);
    assertTrue(html.contains("\nNotes: 812\n"), html);
    assertTrue(html.contains("\nFilters: 64\n"), html);
    assertTrue(html.contains("\nBlacklisted words: 0\n"), "a feature without rows shows zero: " + html);
    assertEquals(StoredFeature.values().length, html.lines().filter(l -> l.matches(".+: \\d+")).count() - 1,
        "one row per feature, besides the users line");
  }

  // ----------------------------------------------------------------------------------------------------------- chats

  @Test
  void chatinfoShowsWhatTheBotKnowsOfTheChat() {
    fixture.chats.put(ChatId.of(-1001234), new ChatSummary(ChatId.of(-1001234), ChatKind.SUPERGROUP, Optional.of("Engines & Co"),
        Optional.of("engines"), Optional.of(250), 31, false, Instant.parse("2026-11-26T08:15:30Z")));

    String html = onlyText(fixture.send(OWNER, "/chatinfo -1001234"));

    assertEquals(english("devs.chatinfo", "name", "Engines & Co", "chat", -1001234, "type", "supergroup",
        "members", "250", "seen", 31, "link", "https://t.me/engines", "last", "2026-11-26 08:15 UTC",
        "status", "active"), html);
    assertTrue(html.contains("Engines &amp; Co"));
  }

  @Test
  void chatinfoOfAChatWithoutTitleOrUsernameSaysNone() {
    fixture.chats.put(ChatId.of(-500), new ChatSummary(ChatId.of(-500), ChatKind.GROUP, Optional.empty(),
        Optional.empty(), Optional.empty(), 0, true, Instant.parse("2026-01-01T00:00:00Z")));

    String html = onlyText(fixture.send(OWNER, "/chatinfo -500"));

    assertEquals(english("devs.chatinfo", "name", "none", "chat", -500, "type", "group", "members", "unknown",
        "seen", 0, "link", "none", "last", "2026-01-01 00:00 UTC", "status", "left or removed"), html);
  }

  @Test
  void chatinfoOfAnUnknownChatOrWithoutAnIdSaysSo() {
    assertEquals(english("devs.chat_unknown", "chat", -42), onlyText(fixture.send(OWNER, "/chatinfo -42")));
    assertEquals(english("devs.chatinfo_usage"), onlyText(fixture.send(OWNER, "/chatinfo")));
    assertEquals(english("devs.chatinfo_usage"), onlyText(fixture.send(OWNER, "/chatinfo engines")));
  }

  @Test
  void chatlistListsEveryChatWithItsId() {
    fixture.activeChats.add(new KnownChat(ChatId.of(-1001), Optional.of("Engines <3")));
    fixture.activeChats.add(new KnownChat(ChatId.of(-1002), Optional.empty()));

    String html = onlyText(fixture.send(OWNER, "/chatlist"));

    assertEquals(english("devs.chatlist_header", "count", 2) + "\n-1001: Engines &lt;3\n-1002", html);
  }

  @Test
  void aLongChatlistIsSentInMessagesUnderTelegramsLimit() {
    for (int i = 1; i <= 400; i++) {
      fixture.activeChats.add(new KnownChat(ChatId.of(-1_000_000L - i), Optional.of("Chat number " + i + " & friends")));
    }

    Effects effects = fixture.send(OWNER, "/chatlist");

    List<String> texts = texts(effects);
    assertTrue(texts.size() > 1, "more than one message: " + texts.size());
    assertTrue(texts.stream().allMatch(t -> Html.visibleLength(t) <= Limits.MESSAGE_TEXT));
    List<String> lines = new ArrayList<>();
    texts.forEach(t -> lines.addAll(t.lines().toList()));
    assertEquals(401, lines.size(), "the header and every chat, none lost or doubled");
    for (int i = 1; i <= 400; i++) {
      assertEquals((-1_000_000L - i) + ": Chat number " + i + " &amp; friends", lines.get(i));
    }
  }

  @Test
  void anEmptyChatlistSaysSo() {
    assertEquals(english("devs.chatlist_empty"), onlyText(fixture.send(OWNER, "/chatlist")));
  }

  @Test
  void leavechatAnswersThenLeaves() {
    Effects effects = fixture.send(OWNER, "/leavechat -1005555");

    assertEquals(2, effects.actions().size());
    assertEquals(english("devs.leaving", "chat", -1005555), ((ChatAction.Send) effects.actions().get(0)).message().html());
    assertEquals(new ChatAction.LeaveChat(ChatId.of(-1005555)), effects.actions().get(1));
  }

  @Test
  void leavechatCanLeaveTheChatItIsSentIn() {
    Effects effects = fixture.send(OWNER, "/leavechat " + GROUP.id().value());

    assertEquals(new ChatAction.LeaveChat(GROUP.id()), effects.actions().get(1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/leavechat", "/leavechat 42", "/leavechat here", "/leavechat 0"})
  void leavechatWithoutAGroupIdExplainsItself(String command) {
    assertEquals(english("devs.leavechat_usage"), onlyText(fixture.send(OWNER, command)));
  }
}
