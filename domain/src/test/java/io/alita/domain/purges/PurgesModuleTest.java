package io.alita.domain.purges;

import static io.alita.domain.purges.PurgeFixture.ADMIN;
import static io.alita.domain.purges.PurgeFixture.GROUP;
import static io.alita.domain.purges.PurgeFixture.LIMITED_ADMIN;
import static io.alita.domain.purges.PurgeFixture.MEMBER;
import static io.alita.domain.purges.PurgeFixture.carryOut;
import static io.alita.domain.purges.PurgeFixture.english;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.ActionResult;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Effects;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.model.MessageId;
import io.alita.domain.timer.DelayedAction;
import io.alita.domain.timer.Timer;
import io.alita.domain.update.Incoming;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PurgesModuleTest {

  private final PurgeFixture fixture = new PurgeFixture();

  private static List<ChatAction.Delete> deletions(Effects effects) {
    return effects.actions().stream().filter(ChatAction.Delete.class::isInstance).map(ChatAction.Delete.class::cast).toList();
  }

  private static List<Integer> deletedIds(Effects effects) {
    List<Integer> ids = new ArrayList<>();
    deletions(effects).forEach(d -> d.messages().forEach(m -> ids.add(m.value())));
    return ids;
  }

  private static List<Integer> range(int first, int last) {
    return IntStream.rangeClosed(first, last).boxed().toList();
  }

  private static ChatAction.Send reply(int to, String html) {
    return new ChatAction.Send(OutgoingMessage.replyTo(GROUP.id(), MessageId.of(to), html));
  }

  private static ChatAction.Send status(String html) {
    return new ChatAction.Send(OutgoingMessage.to(GROUP.id(), html));
  }

  /** A timer due {@code after} from now. */
  private Effects.Scheduled later(Duration after, Timer timer) {
    return new Effects.Scheduled(fixture.clock.instant().plus(after), timer);
  }

  private static ActionResult sentAs(ChatAction action, int id) {
    return action instanceof ChatAction.Send ? new ActionResult.Sent(MessageId.of(id)) : new ActionResult.Done();
  }

  // ------------------------------------------------------------------------------------------------------------- purge

  @Test
  void purgeOf250MessagesDeletesEveryIdOnceInThreeCallsOfAtMost100() {
    Effects effects = fixture.send(ADMIN, 1251, "/purge", 1001);

    List<ChatAction.Delete> deletions = deletions(effects);
    assertEquals(3, deletions.size());
    assertEquals(List.of(100, 100, 51), deletions.stream().map(d -> d.messages().size()).toList());
    assertTrue(deletions.stream().allMatch(d -> d.chat().equals(GROUP.id())));
    assertEquals(range(1001, 1251), deletedIds(effects), "from the replied message to the command, each id once");
    assertEquals(status(english("purges.purged", "count", 250)), effects.actions().get(3));
    assertEquals(4, effects.actions().size());
  }

  @Test
  void theStatusMessageDeletesItselfAfterThreeSeconds() {
    Effects effects = fixture.send(ADMIN, 120, "/purge", 100);

    carryOut(effects, action -> sentAs(action, 5000));

    assertEquals(List.of(later(Duration.ofSeconds(3), DelayedAction.delete(GROUP.id(), MessageId.of(5000)))),
        effects.scheduled());
  }

  @Test
  void theStatusIsDeletedWhenItsTimerComesBack() {
    Effects effects = fixture.send(ADMIN, 120, "/purge", 100);
    carryOut(effects, action -> sentAs(action, 5000));
    fixture.clock.advance(PurgesModule.STATUS_LIFETIME);

    Effects due = fixture.dispatcher.dispatch(new Incoming.Due(effects.scheduled().get(0).timer()));

    assertEquals(List.of(ChatAction.Delete.one(GROUP.id(), MessageId.of(5000))), due.actions());
  }

  @Test
  void aStatusThatWasNotSentSchedulesNothing() {
    Effects effects = fixture.send(ADMIN, 120, "/purge", 100);

    carryOut(effects, action -> action instanceof ChatAction.Send
        ? new ActionResult.Refused(ActionResult.Refusal.NOT_ENOUGH_RIGHTS, "can't send") : new ActionResult.Done());

    assertEquals(List.of(), effects.scheduled());
  }

  @Test
  void aReasonIsShownUnderTheCount() {
    Effects effects = fixture.send(ADMIN, 105, "/purge spam <wave>", 100);

    ChatAction.Send sent = (ChatAction.Send) effects.actions().get(effects.actions().size() - 1);
    assertEquals(english("purges.purged", "count", 5) + "\n" + english("purges.reason", "reason", "spam <wave>"),
        sent.message().html());
    assertTrue(sent.message().html().contains("spam &lt;wave&gt;"), "the reason is escaped");
  }

  @Test
  void purgingTheMessageJustBeforeTheCommandSaysOneMessage() {
    Effects effects = fixture.send(ADMIN, 101, "/purge", 100);

    assertEquals(List.of(new ChatAction.Delete(GROUP.id(), List.of(MessageId.of(100), MessageId.of(101))),
        status(english("purges.purged_one"))), effects.actions());
  }

  @Test
  void exactlyAThousandMessagesArePurged() {
    Effects effects = fixture.send(ADMIN, 1001, "/purge", 1);

    assertEquals(range(1, 1001), deletedIds(effects));
    assertEquals(11, deletions(effects).size());
    assertTrue(deletions(effects).stream().allMatch(d -> d.messages().size() <= PurgeRange.IDS_PER_CALL));
  }

  @Test
  void purgeOfMoreThanAThousandMessagesIsRefusedAndDeletesNothing() {
    Effects effects = fixture.send(ADMIN, 1002, "/purge", 1);

    assertEquals(List.of(reply(1002, english("purges.too_many", "count", 1001, "max", 1000))), effects.actions());
  }

  @Test
  void purgeWithoutAReplyExplainsHowToUseIt() {
    Effects effects = fixture.send(ADMIN, 50, "/purge", 0);

    assertEquals(List.of(reply(50, english("purges.reply_to_purge"))), effects.actions());
  }

  @Test
  void aMemberWhoIsNotAnAdminCannotPurge() {
    Effects effects = fixture.send(MEMBER, 120, "/purge", 100);

    assertEquals(List.of(reply(120, english("dispatch.user_not_admin", "right", ""))), effects.actions());
  }

  @Test
  void anAdminWhoMayNotDeleteMessagesCannotPurge() {
    Effects effects = fixture.send(LIMITED_ADMIN, 120, "/purge", 100);

    assertEquals(List.of(reply(120, english("dispatch.user_lacks_right", "right", "delete messages"))), effects.actions());
  }

  @Test
  void purgeOnlyWorksInGroups() {
    Effects effects = fixture.sendIn(PurgeFixture.PRIVATE, ADMIN, 120, "/purge", 100);

    assertEquals(List.of(new ChatAction.Send(OutgoingMessage.replyTo(PurgeFixture.PRIVATE.id(), MessageId.of(120),
        english("dispatch.group_only", "right", "")))), effects.actions());
  }

  @Test
  void messagesTooOldToDeleteAreReportedAfterTheStatus() {
    Effects effects = fixture.send(ADMIN, 300, "/purge", 100);

    carryOut(effects, action -> {
      if (action instanceof ChatAction.Delete d && d.messages().contains(MessageId.of(100))) {
        return new ActionResult.Refused(ActionResult.Refusal.MESSAGE_TOO_OLD, "message can't be deleted");
      }
      return sentAs(action, 7000);
    });

    assertEquals(List.of(later(Duration.ofSeconds(3), DelayedAction.delete(GROUP.id(), MessageId.of(7000)))),
        effects.scheduled());
    assertEquals(status(english("purges.too_old")), effects.actions().get(effects.size() - 1),
        "the notice follows the status and stays");
  }

  @Test
  void messagesAlreadyGoneAreNoReasonToComplain() {
    Effects effects = fixture.send(ADMIN, 300, "/purge", 100);

    carryOut(effects, action -> action instanceof ChatAction.Delete
        ? new ActionResult.Refused(ActionResult.Refusal.MESSAGE_NOT_FOUND, "message to delete not found")
        : sentAs(action, 7000));

    assertEquals(1, effects.scheduled().size());
    assertEquals(status(english("purges.purged", "count", 200)), effects.actions().get(effects.size() - 1));
  }

  // --------------------------------------------------------------------------------------------------------------- del

  @Test
  void delDeletesTheRepliedMessageAndTheCommandInOneCall() {
    Effects effects = fixture.send(ADMIN, 90, "/del", 42);

    assertEquals(List.of(new ChatAction.Delete(GROUP.id(), List.of(MessageId.of(42), MessageId.of(90)))),
        effects.actions());
  }

  @Test
  void delWithoutAReplyExplainsHowToUseIt() {
    Effects effects = fixture.send(ADMIN, 90, "/del", 0);

    assertEquals(List.of(reply(90, english("purges.reply_to_del"))), effects.actions());
  }

  @Test
  void delOfAMessageTooOldSaysSo() {
    Effects effects = fixture.send(ADMIN, 90, "/del", 42);

    carryOut(effects, action -> new ActionResult.Refused(ActionResult.Refusal.MESSAGE_TOO_OLD, "too old"));

    assertEquals(List.of(new ChatAction.Delete(GROUP.id(), List.of(MessageId.of(42), MessageId.of(90))),
        status(english("purges.too_old"))), effects.actions());
    assertEquals(List.of(), effects.scheduled());
  }

  // ---------------------------------------------------------------------------------------------- purgefrom / purgeto

  @Test
  void purgefromThenPurgetoDeletesTheMarkedRangeInclusiveAndBothCommands() {
    Effects marked = fixture.send(ADMIN, 300, "/purgefrom", 200);

    assertEquals(List.of(
        ChatAction.Delete.one(GROUP.id(), MessageId.of(300)),
        reply(200, english("purges.marked", "seconds", 30))), marked.actions());

    fixture.clock.advance(Duration.ofSeconds(10));
    Effects purged = fixture.send(ADMIN, 301, "/purgeto", 250);

    List<Integer> expected = new ArrayList<>(range(200, 250));
    expected.add(301);
    assertEquals(expected, deletedIds(purged));
    assertEquals(status(english("purges.purged", "count", 51)), purged.actions().get(purged.actions().size() - 1));
  }

  @Test
  void theRangeMayBeMarkedFromEitherEnd() {
    fixture.send(ADMIN, 300, "/purgefrom", 250);

    Effects purged = fixture.send(ADMIN, 301, "/purgeto", 200);

    assertTrue(deletedIds(purged).containsAll(range(200, 250)));
    assertEquals(52, deletedIds(purged).size());
  }

  @Test
  void theMarkNoticeGoesWhenTheMarkExpires() {
    Effects marked = fixture.send(ADMIN, 300, "/purgefrom", 200);

    carryOut(marked, action -> sentAs(action, 8000));

    assertEquals(List.of(later(Duration.ofSeconds(30), DelayedAction.delete(GROUP.id(), MessageId.of(8000)))),
        marked.scheduled());
  }

  @Test
  void aLiveMarkCannotBeOverwritten() {
    fixture.send(ADMIN, 300, "/purgefrom", 200);

    Effects other = fixture.send(ADMIN, 301, "/purgefrom", 220);
    Effects same = fixture.send(ADMIN, 302, "/purgefrom", 200);

    assertEquals(List.of(reply(301, english("purges.other_marked", "seconds", 30))), other.actions());
    assertEquals(List.of(reply(302, english("purges.already_marked"))), same.actions());
    Effects purged = fixture.send(ADMIN, 303, "/purgeto", 210);
    assertTrue(deletedIds(purged).containsAll(range(200, 210)), "the first mark still counts");
  }

  @Test
  void aMarkExpiresAfterThirtySeconds() {
    fixture.send(ADMIN, 300, "/purgefrom", 200);
    fixture.clock.advance(Duration.ofSeconds(30));

    Effects late = fixture.send(ADMIN, 301, "/purgeto", 250);

    assertEquals(List.of(reply(301, english("purges.need_purgefrom", "seconds", 30))), late.actions());
    Effects remarked = fixture.send(ADMIN, 302, "/purgefrom", 220);
    assertEquals(ChatAction.Delete.one(GROUP.id(), MessageId.of(302)), remarked.actions().get(0));
  }

  @Test
  void purgetoUsesTheMarkUpSoTheNextRangeCanBeMarked() {
    fixture.send(ADMIN, 300, "/purgefrom", 200);
    fixture.send(ADMIN, 301, "/purgeto", 250);

    Effects again = fixture.send(ADMIN, 302, "/purgeto", 260);
    Effects marked = fixture.send(ADMIN, 303, "/purgefrom", 270);

    assertEquals(List.of(reply(302, english("purges.need_purgefrom", "seconds", 30))), again.actions());
    assertEquals(reply(270, english("purges.marked", "seconds", 30)), marked.actions().get(1));
  }

  @Test
  void aMarkIsPerChat() {
    fixture.send(ADMIN, 300, "/purgefrom", 200);

    Effects elsewhere = fixture.sendIn(PurgeFixture.OTHER_GROUP, ADMIN, 301, "/purgeto", 250);

    assertEquals(1, elsewhere.actions().size());
    assertInstanceOf(ChatAction.Send.class, elsewhere.actions().get(0));
  }

  @Test
  void purgetoOverAThousandMessagesIsRefusedAndKeepsTheMark() {
    fixture.send(ADMIN, 3000, "/purgefrom", 1);

    Effects tooFar = fixture.send(ADMIN, 3001, "/purgeto", 1001);
    Effects nearer = fixture.send(ADMIN, 3002, "/purgeto", 1000);

    assertEquals(List.of(reply(3001, english("purges.too_many", "count", 1001, "max", 1000))), tooFar.actions());
    assertEquals(1001, deletedIds(nearer).size(), "1000 messages and the command");
  }

  @Test
  void purgetoOnTheMarkedMessageItselfPointsToDel() {
    fixture.send(ADMIN, 300, "/purgefrom", 200);

    Effects effects = fixture.send(ADMIN, 301, "/purgeto", 200);

    assertEquals(List.of(reply(301, english("purges.use_del"))), effects.actions());
  }

  @Test
  void purgefromAndPurgetoWithoutAReplyExplainHowToUseThem() {
    assertEquals(List.of(reply(10, english("purges.reply_to_purgefrom"))), fixture.send(ADMIN, 10, "/purgefrom", 0).actions());
    assertEquals(List.of(reply(11, english("purges.reply_to_purgeto"))), fixture.send(ADMIN, 11, "/purgeto", 0).actions());
  }

  @Test
  void aMemberCannotMarkARange() {
    Effects effects = fixture.send(MEMBER, 300, "/purgefrom", 200);

    assertEquals(List.of(reply(300, english("dispatch.user_not_admin", "right", ""))), effects.actions());
    Effects purgeto = fixture.send(ADMIN, 301, "/purgeto", 250);
    assertEquals(List.of(reply(301, english("purges.need_purgefrom", "seconds", 30))), purgeto.actions());
  }

  @Test
  void anAnonymousAdminIsAskedToProveThemselvesBeforePurging() {
    Effects effects = fixture.sendAnonymously(120, "/purge", 100);

    assertEquals(1, effects.actions().size());
    ChatAction.Send prompt = (ChatAction.Send) effects.actions().get(0);
    assertEquals(english("dispatch.anon_prove"), prompt.message().html());
    assertEquals(0, deletions(effects).size());
  }

  @Test
  void anAnonymousAdminCannotMarkARangeAsTheOriginalRoutesOnlyPurgeAndDel() {
    assertEquals(List.of(), fixture.sendAnonymously(120, "/purgefrom", 100).actions());
  }

  @Test
  void everyPurgeCommandIsRegistered() {
    Set<String> names = new HashSet<>(fixture.dispatcher.commandNames());
    assertEquals(Set.of("purge", "del", "purgefrom", "purgeto"), names);
  }
}
