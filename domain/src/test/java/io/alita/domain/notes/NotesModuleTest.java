package io.alita.domain.notes;

import static io.alita.domain.rules.TestBot.ADA;
import static io.alita.domain.rules.TestBot.BOB;
import static io.alita.domain.rules.TestBot.GROUP;
import static io.alita.domain.rules.TestBot.onlyReply;
import static io.alita.domain.rules.TestBot.onlySent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.Button;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Effects;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.confirm.Confirmations;
import io.alita.domain.confirm.InMemoryConfirmationStore;
import io.alita.domain.content.ContentSender;
import io.alita.domain.content.ContentType;
import io.alita.domain.dispatch.BotModule;
import io.alita.domain.help.HelpModule;
import io.alita.domain.help.HelpTopics;
import io.alita.domain.model.MessageId;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.rules.InMemoryRulesStore;
import io.alita.domain.rules.PrivateRules;
import io.alita.domain.rules.RulesView;
import io.alita.domain.rules.TestBot;
import io.alita.domain.testing.TestMessages;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.update.Media;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The Notes commands, #name and the notes deep links, through a real dispatcher: what an admin and a member see. */
class NotesModuleTest {

  private static final SeenChat ADAS_PM = TestBot.privateChat(ADA);
  private static final SeenChat BOBS_PM = TestBot.privateChat(BOB);

  private final InMemoryNotesStore store = new InMemoryNotesStore();
  private final TestBot bot;

  NotesModuleTest() {
    List<BotModule> modules = new ArrayList<>();
    Confirmations confirmations = new Confirmations(new InMemoryConfirmationStore(), TestBot.CLOCK, new Random(1));
    NotesModule notes = new NotesModule(store, new AdminCache(TestBot.telegram(true), TestBot.CLOCK), TestBot.BOT,
        new ContentSender(ContentSender.RulesButtons.NONE, new Random(1)), confirmations);
    modules.add(notes);
    modules.add(confirmations);
    InMemoryRulesStore rules = new InMemoryRulesStore();
    RulesView view = new RulesView(TestBot.BOT, new Random(1));
    modules.add(new HelpModule(new HelpTopics(() -> modules), new PrivateRules(rules, view), notes.privateNotes(),
        TestBot.BOT));
    bot = TestBot.with(modules);
  }

  private Effects ada(String text) {
    return bot.send(GROUP, ADA, text);
  }

  private Effects bob(String text) {
    return bot.send(GROUP, BOB, text);
  }

  private static String yesOf(Effects question) {
    return ((Button.Callback) onlySent(question).keyboard().rows().get(0).get(0)).data();
  }

  private static String noOf(Effects question) {
    return ((Button.Callback) onlySent(question).keyboard().rows().get(0).get(1)).data();
  }

  @Test
  void anAdminSavesANoteAndAMemberGetsItWithHashtagFormattedForThem() {
    assertTrue(onlyReply(ada("/save Greet *Hello* {first}!")).contains("Saved note <code>#greet</code>"));

    OutgoingMessage note = onlySent(bob("#greet"));

    assertEquals("<b>Hello</b> Bob!", note.html());
    assertEquals(GROUP.id(), note.chat());
    assertFalse(note.linkPreview());
  }

  @Test
  void getFindsANoteWhateverTheCaseOfItsName() {
    ada("/save mynote The text");

    assertEquals("The text", onlyReply(bob("/get MyNote")));
    assertEquals("The text", onlyReply(bob("#MYNOTE")));
  }

  @Test
  void aHashtagThatIsNoNoteIsLeftAlone() {
    assertTrue(bob("#nothing here").actions().isEmpty());
    assertTrue(bob("# spaced").actions().isEmpty());
  }

  @Test
  void getOfAnUnknownNoteAndMalformedGetsAnswerShortly() {
    assertTrue(onlyReply(bob("/get nothing")).contains("There is no note called <code>#nothing</code>"));
    assertTrue(onlyReply(bob("/get")).startsWith("Usage: <code>/get"));
    assertTrue(onlyReply(bob("/get a b c")).startsWith("Usage: <code>/get"));
  }

  @Test
  void saveWithoutNameOrTextGetsItsUsage() {
    assertTrue(onlyReply(ada("/save")).startsWith("Give the note a name"));
    assertTrue(onlyReply(ada("/save lonely")).startsWith("There is nothing to save as #lonely"));
    assertTrue(onlyReply(ada("/save " + "x".repeat(101) + " text")).contains("can't be a note name"));
    assertTrue(onlyReply(ada("/save flags {admin}")).startsWith("There is nothing to save"));
    assertTrue(store.list(GROUP.id()).isEmpty());
  }

  @Test
  void aMemberMayNotSaveOrClear() {
    assertTrue(onlyReply(bob("/save x y")).contains("admin"));
    ada("/save x y");
    assertTrue(onlyReply(bob("/clear x")).contains("admin"));
    assertEquals(1, store.list(GROUP.id()).size());
  }

  @Test
  void savingAsAReplyKeepsTheRepliedTextOrFileWithItsCaption() {
    ada("/save quote", TestMessages.replyTo(GROUP, 7, BOB, "Well said"));
    ada("/save pic", TestMessages.replyToMedia(GROUP, 8, BOB, ContentType.PHOTO, "AgAC-photo", "A *cat*"));

    assertEquals("Well said", onlyReply(bob("#quote")));
    ChatAction.SendMedia photo = (ChatAction.SendMedia) bob("#pic").actions().get(0);
    assertEquals(new Media(ContentType.PHOTO, "AgAC-photo"), photo.media());
    assertEquals("A *cat*", photo.captionHtml()); // a plain caption stays plain: its stars were no formatting
  }

  private Effects ada(String text, io.alita.domain.update.Reply reply) {
    return bot.send(GROUP, ADA, text, reply);
  }

  @Test
  void theNoteAnswersTheMessageTheAskerRepliedToWithThatMembersName() {
    ada("/save hi Hello {first}");

    OutgoingMessage note = onlySent(ada("#hi", TestMessages.replyTo(GROUP, 55, BOB)));

    assertEquals("Hello Bob", note.html());
    assertEquals(Optional.of(MessageId.of(55)), note.replyTo());
  }

  @Test
  void anAdminOnlyNoteIsRefusedToAMemberAndHiddenFromTheirList() {
    ada("/save secret {admin} The password");
    ada("/save open Public");

    assertEquals("This note is for admins only.", onlyReply(bob("#secret")));
    assertEquals("The password", onlyReply(ada("#secret")));
    String membersList = onlyReply(bob("/notes"));
    assertTrue(membersList.contains("open") && !membersList.contains("secret"), membersList);
    assertTrue(onlyReply(ada("/saved")).contains("secret"));
  }

  @Test
  void theListLinksEachNoteToThePrivateChat() {
    ada("/save faq Questions");

    assertTrue(onlyReply(bob("/notes"))
        .contains("<a href=\"https://t.me/AlitaBot?start=note_-100123_faq\">faq</a>"));
    assertEquals("There are no notes here yet.", onlyReply(new TestBot[] {bot}[0].send(
        new SeenChat(io.alita.domain.model.ChatId.of(-100999), GROUP.kind(), "Empty", null), BOB, "/notes")));
  }

  @Test
  void flagsSetPreviewProtectionAndSilence() {
    ada("/save link {preview} {protect} {nonotif} https://example.com");

    OutgoingMessage note = onlySent(bob("#link"));

    assertTrue(note.linkPreview());
    assertTrue(note.protect());
    assertTrue(note.silent());
    assertEquals("https://example.com", note.html().strip());
  }

  @Test
  void bothPrivacyFlagsWarnAndTheNoteStaysInTheGroup() {
    String saved = onlyReply(ada("/save both {private} {noprivate} Here"));

    assertTrue(saved.contains("{noprivate} wins"), saved);
    ada("/privatenotes on");
    assertEquals("Here", onlyReply(bob("#both")));
  }

  @Test
  void aPrivateNoteIsAButtonThatOpensItInThePrivateChat() {
    ada("/save pm {private} Psst {first}");

    OutgoingMessage button = onlySent(bob("#pm"));
    assertEquals(List.of(List.of(new Button.Url("Get the note", "https://t.me/AlitaBot?start=note_-100123_pm"))),
        button.keyboard().rows());

    OutgoingMessage inPrivate = onlySent(bot.send(BOBS_PM, BOB, "/start note_-100123_pm"));
    assertEquals(BOBS_PM.id(), inPrivate.chat());
    assertEquals("Psst Bob", inPrivate.html());
  }

  @Test
  void privateNotesModeSendsEveryNoteButNoprivateOnesThroughAButton() {
    ada("/save a Alpha");
    ada("/save b {noprivate} Beta");
    assertTrue(onlyReply(ada("/privnote")).startsWith("Private notes are off"));
    assertTrue(onlyReply(ada("/privatenotes on")).startsWith("Private notes are on"));
    assertTrue(onlyReply(ada("/privatenotes maybe")).contains("neither on nor off"));

    assertFalse(onlySent(bob("#a")).keyboard().isEmpty());
    assertEquals("Beta", onlyReply(bob("#b")));
    OutgoingMessage list = onlySent(bob("/notes"));
    assertEquals(List.of(List.of(new Button.Url("See the notes", "https://t.me/AlitaBot?start=notes_-100123"))),
        list.keyboard().rows());
  }

  @Test
  void theNotesDeepLinkListsWhatThatUserMaySeeAndTheNoteLinkEnforcesAdminOnly() {
    ada("/save open Public");
    ada("/save secret {admin} Hidden");

    String bobsList = onlyReply(bot.send(BOBS_PM, BOB, "/start notes_-100123"));
    assertTrue(bobsList.contains("open") && !bobsList.contains("secret"), bobsList);
    assertTrue(onlyReply(bot.send(ADAS_PM, ADA, "/start notes_-100123")).contains("secret"));
    assertEquals("This note is for admins only.", onlyReply(bot.send(BOBS_PM, BOB, "/start note_-100123_secret")));
    assertEquals("Hidden", onlyReply(bot.send(ADAS_PM, ADA, "/start note_-100123_secret")));
    assertTrue(onlyReply(bot.send(BOBS_PM, BOB, "/start note_-100123_gone")).startsWith("That chat has no note"));
  }

  @Test
  void noformatShowsAnAdminTheNoteAsTypedAndRefusesMembers() {
    ada("/save fancy {admin} {protect} *Bold* [Site](buttonurl://example.com)");

    OutgoingMessage raw = onlySent(ada("#fancy noformat"));
    assertEquals("*Bold*\n[Site](buttonurl://https://example.com)\n{admin} {protect}", raw.html());
    assertTrue(raw.keyboard().isEmpty());
    ada("/save plain <b>x</b>");
    assertEquals("&lt;b&gt;x&lt;/b&gt;", onlyReply(ada("/get plain noformat")));
    assertEquals("Only admins can see a note unformatted.", onlyReply(bob("#plain noformat")));
  }

  @Test
  void overwritingAsksAndYesReplacesWhileNoKeepsTheOldNote() {
    ada("/save x old");

    Effects question = ada("/save x new");
    assertTrue(onlyReply(question).contains("There is already a note called <code>#x</code>"));
    assertEquals("old", onlyReply(bob("#x")));
    Effects no = bot.press(GROUP, ADA, noOf(question));
    assertTrue(no.actions().stream().anyMatch(a -> a.toString().contains("Kept the old note.")));
    assertEquals("old", onlyReply(bob("#x")));

    Effects again = ada("/save x newer {admin}");
    bot.press(GROUP, BOB, yesOf(again));
    assertEquals("old", onlyReply(bob("#x")));
    bot.press(GROUP, ADA, yesOf(again));
    assertEquals("This note is for admins only.", onlyReply(bob("#x")));
    assertEquals("newer", onlyReply(ada("#x")));
  }

  @Test
  void clearRemovesOneNoteAndSaysSoForAnUnknownOne() {
    ada("/save x y");

    assertEquals("Removed note <code>#x</code>.", onlyReply(ada("/rmnote X")));
    assertTrue(onlyReply(ada("/clear x")).contains("There is no note called"));
    assertTrue(onlyReply(ada("/clear")).startsWith("Name the note"));
  }

  @Test
  void clearAllIsForTheCreatorAndAsksFirst() {
    assertEquals("There are no notes to remove.", onlyReply(ada("/clearall")));
    ada("/save a 1");
    ada("/save b 2");
    assertEquals("Only the chat's owner can do this.", onlyReply(bob("/clearall")));

    Effects question = ada("/clearall");
    assertTrue(onlyReply(question).startsWith("Remove all 2 notes"));
    bot.press(GROUP, ADA, yesOf(question));

    assertTrue(store.list(GROUP.id()).isEmpty());
  }
}
