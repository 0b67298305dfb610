package io.alita.domain.mutes;

import static io.alita.domain.bans.ModerationHarness.ADMIN;
import static io.alita.domain.bans.ModerationHarness.CHANNEL;
import static io.alita.domain.bans.ModerationHarness.GROUP;
import static io.alita.domain.bans.ModerationHarness.MEMBER;
import static io.alita.domain.bans.ModerationHarness.NOW;
import static io.alita.domain.bans.ModerationHarness.OWNER;
import static io.alita.domain.bans.ModerationHarness.SPAMMER;
import static io.alita.domain.bans.ModerationHarness.buttons;
import static io.alita.domain.bans.ModerationHarness.moderation;
import static io.alita.domain.bans.ModerationHarness.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alita.domain.action.ChatAction;
import io.alita.domain.action.ChatPermissions;
import io.alita.domain.action.Effects;
import io.alita.domain.bans.ModerationHarness;
import io.alita.domain.model.MessageId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MutesModuleTest {

  final ModerationHarness h = new ModerationHarness();

  static ChatAction.Restrict muted(Optional<java.time.Instant> until) {
    return new ChatAction.Restrict(GROUP, SPAMMER.id(), ChatPermissions.NOTHING, until);
  }

  @Test
  void muteTakesEveryPermissionForGoodAndOffersUnmute() {
    Effects effects = h.send(ADMIN, "/mute @spam_account off topic");

    assertEquals(List.of(muted(Optional.empty())), moderation(effects));
    assertEquals(List.of("Muted @spam_account.\nReason: off topic"), texts(effects));
    assertEquals("Unmute", buttons(effects).get(0).text());
    assertEquals("unrestrict|v1|a=unmute&u=13", buttons(effects).get(0).data());
  }

  @Test
  void theUnmuteButtonUnderAMuteIsCarriedOut() {
    String unmute = buttons(h.send(ADMIN, "/mute @spam_account")).get(0).data();

    Effects effects = h.press(OWNER, unmute);

    assertEquals(List.of(new ChatAction.Restrict(GROUP, SPAMMER.id(), ChatPermissions.MEMBER_DEFAULTS, Optional.empty())),
        moderation(effects));
  }

  @Test
  void aMemberCannotMute() {
    Effects effects = h.send(MEMBER, "/mute @spam_account");

    assertEquals(List.of(), moderation(effects));
    assertEquals(List.of("You need to be an admin to do this."), texts(effects));
  }

  @Test
  void adminsAreNeverMuted() {
    Effects effects = h.send(ADMIN, "/mute @olga_owner");

    assertEquals(List.of(), moderation(effects));
    assertEquals(List.of("@olga_owner is an admin, and I don't act on admins."), texts(effects));
  }

  @Test
  void channelsCannotBeMuted() {
    Effects effects = h.sendReplyingToChannel(ADMIN, "/mute", CHANNEL);

    assertEquals(List.of(), moderation(effects));
    assertEquals(List.of("-1009876543210 is a channel: only /ban and /unban work on channels."), texts(effects));
  }

  @Test
  void smuteDeletesTheCommandAndMutesWithoutAWord() {
    MessageId command = h.nextMessageId();
    Effects effects = h.send(ADMIN, "/smute @spam_account");

    assertEquals(List.of(ChatAction.Delete.one(GROUP, command), muted(Optional.empty())), effects.actions());
  }

  @Test
  void dmuteDeletesTheRepliedMessageThenMutesItsAuthor() {
    Effects effects = h.sendReplying(ADMIN, "/dmute", SPAMMER);

    assertEquals(List.of(ChatAction.Delete.one(GROUP, MessageId.of(50)), muted(Optional.empty())), moderation(effects));
    assertEquals(List.of("Muted Sp<am> Bot."), texts(effects));
  }

  @Test
  void tmuteMutesUntilNowPlusTheDuration() {
    Effects effects = h.send(ADMIN, "/tmute @spam_account 90m cool down");

    assertEquals(List.of(muted(Optional.of(NOW.plus(Duration.ofMinutes(90))))), moderation(effects));
    assertEquals(List.of("Muted @spam_account for 90m.\nReason: cool down"), texts(effects));
  }

  @Test
  void tmuteRefusesMalformedAndOutOfRangeTimes() {
    assertEquals(List.of("'10s' exceeds the limit: use between 30s and 366d."),
        texts(h.send(ADMIN, "/tmute @spam_account 10s")));
    assertEquals(List.of("'400d' exceeds the limit: use between 30s and 366d."),
        texts(h.send(ADMIN, "/tmute @spam_account 400d")));
    assertEquals(List.of("'2x' is an invalid time: write a whole number followed by s, m, h, d or w, e.g. 30m, 6h or 2d."),
        texts(h.send(ADMIN, "/tmute @spam_account 2x")));
    assertEquals(List.of("Usage: /tmute <user> <time> [reason], e.g. /tmute @spammer 30m flooding."),
        texts(h.send(ADMIN, "/tmute @spam_account")));
  }

  @Test
  void unmuteRestoresTheChatsDefaultPermissions() {
    ChatPermissions noMedia = new ChatPermissions(true, false, false, false, false, false, false, true, false, false,
        false, true, false, false);
    h.telegram.defaults = Optional.of(noMedia);

    Effects effects = h.send(ADMIN, "/unmute @spam_account");

    assertEquals(List.of(new ChatAction.Restrict(GROUP, SPAMMER.id(), noMedia, Optional.empty())), moderation(effects));
    assertEquals(List.of("Unmuted @spam_account: they can talk again."), texts(effects));
  }

  @Test
  void unmuteFallsBackToTelegramsMemberDefaultsWhenTheChatsAreUnknown() {
    Effects effects = h.sendReplying(ADMIN, "/unmute", SPAMMER);

    assertEquals(List.of(new ChatAction.Restrict(GROUP, SPAMMER.id(), ChatPermissions.MEMBER_DEFAULTS, Optional.empty())),
        moderation(effects));
  }
}
