package io.alita.domain.bans;

import static io.alita.domain.bans.ModerationHarness.ADMIN;
import static io.alita.domain.bans.ModerationHarness.BOT;
import static io.alita.domain.bans.ModerationHarness.CHANNEL;
import static io.alita.domain.bans.ModerationHarness.GROUP;
import static io.alita.domain.bans.ModerationHarness.MEMBER;
import static io.alita.domain.bans.ModerationHarness.NOW;
import static io.alita.domain.bans.ModerationHarness.SPAMMER;
import static io.alita.domain.bans.ModerationHarness.buttons;
import static io.alita.domain.bans.ModerationHarness.htmls;
import static io.alita.domain.bans.ModerationHarness.moderation;
import static io.alita.domain.bans.ModerationHarness.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Effects;
import io.alita.domain.command.MessageEntity;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BansModuleTest {

  final ModerationHarness h = new ModerationHarness();

  static ChatAction.Ban banForGood(UserId user) {
    return new ChatAction.Ban(GROUP, user, Optional.empty());
  }

  @Nested
  class Ban {

    @Test
    void banByUsernameBansForGoodShowsTheReasonAndOffersUnban() {
      Effects effects = h.send(ADMIN, "/ban @spam_account flooding the chat");

      assertEquals(List.of(banForGood(SPAMMER.id())), moderation(effects));
      assertEquals(List.of("Banned @spam_account.\nReason: flooding the chat"), texts(effects));
      assertEquals("unrestrict|v1|a=unban&u=13", buttons(effects).get(0).data());
      assertEquals("Unban", buttons(effects).get(0).text());
    }

    @Test
    void banInReplyMentionsTheAuthorAndEscapesNameAndReason() {
      Effects effects = h.sendReplying(ADMIN, "/ban <b>spam</b>", SPAMMER);

      assertEquals(List.of(banForGood(SPAMMER.id())), moderation(effects));
      assertEquals(List.of("Banned <a href=\"tg://user?id=13\">Sp&lt;am&gt; Bot</a>.\n"
          + "<b>Reason:</b> &lt;b&gt;spam&lt;/b&gt;"), htmls(effects));
    }

    @Test
    void banByIdNamesTheUserAsLastSeen() {
      Effects effects = h.send(ADMIN, "/ban 13");

      assertEquals(List.of(banForGood(SPAMMER.id())), moderation(effects));
      assertEquals(List.of("Banned Sp<am> Bot."), texts(effects));
    }

    @Test
    void banByTextMentionTakesTheMentionedNameAndTheRestAsReason() {
      String text = "/ban Mia Moss spamming";
      Effects effects = h.sendWithEntities(ADMIN, text,
          List.of(MessageEntity.textMention(5, 8, MEMBER.id())));

      assertEquals(List.of(banForGood(MEMBER.id())), moderation(effects));
      assertEquals(List.of("Banned Mia Moss.\nReason: spamming"), texts(effects));
    }

    @Test
    void aMemberIsRefusedAndNothingHappens() {
      Effects effects = h.send(MEMBER, "/ban @spam_account");

      assertEquals(List.of(), moderation(effects));
      assertEquals(List.of("You need to be an admin to do this."), texts(effects));
    }

    @Test
    void anAdminIsNeverBanned() {
      Effects effects = h.send(ADMIN, "/ban @olga_owner");

      assertEquals(List.of(), moderation(effects));
      assertEquals(List.of("@olga_owner is an admin, and I don't act on admins."), texts(effects));
    }

    @Test
    void theBotDoesNotBanItself() {
      Effects effects = h.sendReplying(ADMIN, "/ban", BOT);

      assertEquals(List.of(), moderation(effects));
      assertEquals(List.of("I'm not going to do that to myself."), texts(effects));
    }

    @Test
    void anonymousAdminStandInsAreNeverTargets() {
      assertEquals(List.of("That's an anonymous admin, and I don't act on admins."),
          texts(h.send(ADMIN, "/ban 1087968824")));
      assertEquals(List.of("That's an anonymous admin, and I don't act on admins."), texts(h.send(ADMIN, "/ban 777000")));
    }

    @Test
    void noTargetAsksWhoAndAnUnknownUsernameSaysSo() {
      assertEquals(List.of("Tell me who: reply to one of their messages, or give their @username or numeric id."),
          texts(h.send(ADMIN, "/ban")));
      Effects unknown = h.send(ADMIN, "/ban @nobody_here");
      assertEquals(List.of(), moderation(unknown));
      assertTrue(texts(unknown).get(0).startsWith("I can't find @nobody_here."), texts(unknown).toString());
    }

    @Test
    void aChannelPostInReplyBansTheSenderChat() {
      Effects effects = h.sendReplyingToChannel(ADMIN, "/ban", CHANNEL);

      assertEquals(List.of(new ChatAction.BanSenderChat(GROUP, CHANNEL)), moderation(effects));
      assertEquals(List.of("Banned the channel -1009876543210: its posts can no longer appear here."), texts(effects));
      assertEquals("unrestrict|v1|a=unban&c=-1009876543210", buttons(effects).get(0).data());
    }

    @Test
    void theChatItselfIsNoChannelToBan() {
      Effects effects = h.send(ADMIN, "/ban " + GROUP.value());

      assertEquals(List.of(), moderation(effects));
      assertEquals(List.of("That's this chat itself."), texts(effects));
    }
  }

  @Nested
  class SilentAndDeleting {

    @Test
    void sbanDeletesTheCommandAndBansWithoutAWord() {
      MessageId command = h.nextMessageId();
      Effects effects = h.send(ADMIN, "/sban @spam_account");

      assertEquals(List.of(ChatAction.Delete.one(GROUP, command), banForGood(SPAMMER.id())), effects.actions());
    }

    @Test
    void sbanNeedsTheRightToDelete() {
      h.telegram.admin(MEMBER, io.alita.domain.permission.Right.RESTRICT_MEMBERS);
      Effects effects = h.send(MEMBER, "/sban @spam_account");

      assertEquals(List.of(), moderation(effects));
      assertEquals(List.of("You need the right to delete messages to do this."), texts(effects));
    }

    @Test
    void dbanDeletesTheRepliedMessageThenBansItsAuthor() {
      Effects effects = h.sendReplying(ADMIN, "/dban spam link", SPAMMER);

      assertEquals(List.of(ChatAction.Delete.one(GROUP, MessageId.of(50)), banForGood(SPAMMER.id())),
          moderation(effects));
      assertEquals(List.of("Banned Sp<am> Bot.\nReason: spam link"), texts(effects));
    }

    @Test
    void dbanActsOnTheRepliedAuthorEvenWhenTheReasonNamesSomeoneElse() {
      Effects effects = h.sendReplying(ADMIN, "/dban @mia_member told me", SPAMMER);

      assertEquals(List.of(ChatAction.Delete.one(GROUP, MessageId.of(50)), banForGood(SPAMMER.id())),
          moderation(effects));
      assertEquals(List.of("Banned Sp<am> Bot.\nReason: @mia_member told me"), texts(effects));
    }

    @Test
    void dbanWithoutAReplySaysHowToUseIt() {
      Effects effects = h.send(ADMIN, "/dban @spam_account");

      assertEquals(List.of(), moderation(effects));
      assertEquals(List.of("Use this command in reply to a message: I delete that message and act on its sender."),
          texts(effects));
    }

    @Test
    void dkickDeletesTheRepliedMessageThenKicks() {
      Effects effects = h.sendReplying(ADMIN, "/dkick", SPAMMER);

      assertEquals(List.of(ChatAction.Delete.one(GROUP, MessageId.of(50)), new ChatAction.Kick(GROUP, SPAMMER.id())),
          moderation(effects));
    }
  }

  @Nested
  class TemporaryBan {

    @Test
    void tbanBansUntilNowPlusTheDuration() {
      Effects effects = h.send(ADMIN, "/tban @spam_account 2h flooding");

      assertEquals(List.of(new ChatAction.Ban(GROUP, SPAMMER.id(), Optional.of(NOW.plus(Duration.ofHours(2))))),
          moderation(effects));
      assertEquals(List.of("Banned @spam_account for 2h.\nReason: flooding"), texts(effects));
    }

    @Test
    void tbanInReplyReadsTheTimeFromTheArguments() {
      Effects effects = h.sendReplying(ADMIN, "/tban 3d", SPAMMER);

      assertEquals(List.of(new ChatAction.Ban(GROUP, SPAMMER.id(), Optional.of(NOW.plus(Duration.ofDays(3))))),
          moderation(effects));
    }

    @Test
    void tbanBelowThirtySecondsIsOutOfRange() {
      Effects effects = h.send(ADMIN, "/tban @spam_account 10s");

      assertEquals(List.of(), moderation(effects));
      assertEquals(List.of("'10s' exceeds the limit: use between 30s and 366d."), texts(effects));
    }

    @Test
    void tbanWithoutATimeShowsTheUsage() {
      Effects effects = h.send(ADMIN, "/tban @spam_account");

      assertEquals(List.of(), moderation(effects));
      assertEquals(List.of("Usage: /tban <user> <time> [reason], e.g. /tban @spammer 2h flooding."), texts(effects));
    }

    @Test
    void tbanWithABareNumberAsksForAUnit() {
      Effects effects = h.send(ADMIN, "/tban @spam_account 10");

      assertEquals(List.of(), moderation(effects));
      assertEquals(List.of("'10' needs a unit: add s, m, h, d or w, e.g. 10m for 10 minutes."), texts(effects));
    }

    @Test
    void aChannelCannotBeBannedForAWhile() {
      Effects effects = h.sendReplyingToChannel(ADMIN, "/tban 2h", CHANNEL);

      assertEquals(List.of(), moderation(effects));
      assertEquals(List.of("-1009876543210 is a channel: only /ban and /unban work on channels."), texts(effects));
    }
  }

  @Nested
  class UnbanAndKick {

    @Test
    void unbanLiftsTheBan() {
      Effects effects = h.send(ADMIN, "/unban @spam_account");

      assertEquals(List.of(new ChatAction.Unban(GROUP, SPAMMER.id())), moderation(effects));
      assertEquals(List.of("Unbanned @spam_account: they can join again."), texts(effects));
    }

    @Test
    void unbanOfAChannelUnbansTheSenderChat() {
      Effects effects = h.send(ADMIN, "/unban " + CHANNEL.value());

      assertEquals(List.of(new ChatAction.UnbanSenderChat(GROUP, CHANNEL)), moderation(effects));
    }

    @Test
    void kickRemovesWithTheKickAction() {
      Effects effects = h.send(ADMIN, "/kick @spam_account");

      assertEquals(List.of(new ChatAction.Kick(GROUP, SPAMMER.id())), moderation(effects));
      assertEquals(List.of("Kicked @spam_account."), texts(effects));
    }

    @Test
    void kickRefusesChannels() {
      Effects effects = h.sendReplyingToChannel(ADMIN, "/kick", CHANNEL);

      assertEquals(List.of(), moderation(effects));
    }

    @Test
    void kickmeRemovesAMemberWhoAsks() {
      Effects effects = h.send(MEMBER, "/kickme");

      assertEquals(List.of(new ChatAction.Kick(GROUP, MEMBER.id())), moderation(effects));
      assertEquals(List.of("Bye, Mia!"), texts(effects));
    }

    @Test
    void kickmeRefusesAdmins() {
      Effects effects = h.send(ADMIN, "/kickme");

      assertEquals(List.of(), moderation(effects));
      assertEquals(List.of("You're an admin; I won't kick you."), texts(effects));
    }

    @Test
    void kickmeNeedsTheBotToBeAbleToRemoveMembers() {
      h.telegram.admin(BOT, io.alita.domain.permission.Right.DELETE_MESSAGES);
      Effects effects = h.send(MEMBER, "/kickme");

      assertEquals(List.of(), moderation(effects));
      assertEquals(List.of("I need the right to ban users to do this; ask the owner to give it to me."), texts(effects));
    }
  }
}
