package io.alita.domain.bans;

import static io.alita.domain.bans.ModerationHarness.ADMIN;
import static io.alita.domain.bans.ModerationHarness.CHANNEL;
import static io.alita.domain.bans.ModerationHarness.GROUP;
import static io.alita.domain.bans.ModerationHarness.MEMBER;
import static io.alita.domain.bans.ModerationHarness.OWNER;
import static io.alita.domain.bans.ModerationHarness.SPAMMER;
import static io.alita.domain.bans.ModerationHarness.answer;
import static io.alita.domain.bans.ModerationHarness.buttons;
import static io.alita.domain.bans.ModerationHarness.moderation;
import static io.alita.domain.bans.ModerationHarness.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.Button;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.ChatPermissions;
import io.alita.domain.action.Effects;
import io.alita.domain.permission.Right;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RestrictionButtonsTest {

  final ModerationHarness h = new ModerationHarness();

  @Test
  void restrictOffersBanKickAndMuteForTheTarget() {
    Effects effects = h.send(ADMIN, "/restrict @spam_account");

    assertEquals(List.of(), moderation(effects));
    assertEquals(List.of("What should I do with @spam_account?"), texts(effects));
    assertEquals(List.of("Ban", "Kick", "Mute"), buttons(effects).stream().map(Button::text).toList());
    assertEquals(List.of("restrict|v1|a=ban&u=13", "restrict|v1|a=kick&u=13", "restrict|v1|a=mute&u=13"),
        buttons(effects).stream().map(Button.Callback::data).toList());
  }

  @Test
  void unrestrictOffersUnbanAndUnmute() {
    Effects effects = h.send(ADMIN, "/unrestrict @spam_account");

    assertEquals(List.of("unrestrict|v1|a=unban&u=13", "unrestrict|v1|a=unmute&u=13"),
        buttons(effects).stream().map(Button.Callback::data).toList());
  }

  @Test
  void anAdminPressingBanBansAndTheMessageSaysWhoDidIt() {
    Effects effects = h.press(ADMIN, "restrict|v1|a=ban&u=13");

    assertEquals(List.of(new ChatAction.Ban(GROUP, SPAMMER.id(), Optional.empty())), moderation(effects));
    assertEquals(List.of("Sp<am> Bot was banned by Adam."), texts(effects));
    assertEquals("Done.", answer(effects).text());
  }

  @Test
  void aBanTelegramRefusesLeavesTheMessageSayingWhyNotThatItWasDone() {
    Effects effects = h.press(ADMIN, "restrict|v1|a=ban&u=13");
    List<ChatAction> carriedOut = new java.util.ArrayList<>();
    effects.runOn(action -> {
      carriedOut.add(action);
      return action instanceof ChatAction.Ban
          ? new io.alita.domain.action.ActionResult.Refused(
              io.alita.domain.action.ActionResult.Refusal.NOT_ENOUGH_RIGHTS, "not enough rights")
          : new io.alita.domain.action.ActionResult.Done();
    });
    List<String> edits = carriedOut.stream().filter(a -> a instanceof ChatAction.Edit)
        .map(a -> io.alita.domain.format.Html.visibleText(((ChatAction.Edit) a).html())).toList();
    assertEquals(List.of("Telegram refused: I don't have the rights to do that here. Check my admin rights."), edits);
  }

  @Test
  void pressingKickKicksAndMuteMutes() {
    assertEquals(List.of(new ChatAction.Kick(GROUP, SPAMMER.id())),
        moderation(h.press(ADMIN, "restrict|v1|a=kick&u=13")));
    assertEquals(List.of(new ChatAction.Restrict(GROUP, SPAMMER.id(), ChatPermissions.NOTHING, Optional.empty())),
        moderation(h.press(OWNER, "restrict|v1|a=mute&u=13")));
  }

  @Test
  void aNonAdminPressingIsRefusedWithAnAlertAndNothingHappens() {
    Effects effects = h.press(MEMBER, "restrict|v1|a=ban&u=13");

    assertEquals(List.of(), moderation(effects));
    assertEquals(List.of(), texts(effects));
    assertTrue(answer(effects).alert());
    assertEquals("You need the right to ban users to do this.", answer(effects).text());
  }

  @Test
  void anAdminWithoutTheRightToRestrictIsRefusedToo() {
    h.telegram.admin(MEMBER, Right.PIN_MESSAGES);
    Effects effects = h.press(MEMBER, "unrestrict|v1|a=unban&u=13");

    assertEquals(List.of(), moderation(effects));
    assertTrue(answer(effects).alert());
  }

  @Test
  void theBotLackingTheRightIsSaidBeforeAnythingIsTried() {
    h.telegram.admin(ModerationHarness.BOT, Right.DELETE_MESSAGES);
    Effects effects = h.press(ADMIN, "restrict|v1|a=ban&u=13");

    assertEquals(List.of(), moderation(effects));
    assertEquals("I need the right to ban users to do this; ask the owner to give it to me.", answer(effects).text());
  }

  @Test
  void aTargetPromotedSinceTheCommandIsLeftAlone() {
    Effects effects = h.press(ADMIN, "restrict|v1|a=ban&u=" + OWNER.id().value());

    assertEquals(List.of(), moderation(effects));
    assertTrue(answer(effects).alert());
  }

  @Test
  void theUnbanButtonUnderABanUnbans() {
    String unban = buttons(h.send(ADMIN, "/ban @spam_account")).get(0).data();
    Effects effects = h.press(ADMIN, unban);

    assertEquals(List.of(new ChatAction.Unban(GROUP, SPAMMER.id())), moderation(effects));
    assertEquals(List.of("Sp<am> Bot was unbanned by Adam."), texts(effects));
    ChatAction.Edit edit = (ChatAction.Edit) effects.actions().stream().filter(a -> a instanceof ChatAction.Edit)
        .findFirst().orElseThrow();
    assertTrue(edit.keyboard().isEmpty(), "the buttons are gone once used");
  }

  @Test
  void theUnbanButtonOfAChannelUnbansTheSenderChat() {
    Effects effects = h.press(ADMIN, "unrestrict|v1|a=unban&c=" + CHANNEL.value());

    assertEquals(List.of(new ChatAction.UnbanSenderChat(GROUP, CHANNEL)), moderation(effects));
  }

  @Test
  void unmuteRestoresTheChatsDefaultPermissions() {
    ChatPermissions textOnly = new ChatPermissions(true, false, false, false, false, false, false, false, false, false,
        false, false, false, false);
    h.telegram.defaults = Optional.of(textOnly);

    Effects effects = h.press(ADMIN, "unrestrict|v1|a=unmute&u=13");

    assertEquals(List.of(new ChatAction.Restrict(GROUP, SPAMMER.id(), textOnly, Optional.empty())), moderation(effects));
  }

  @Test
  void garbledOrUnknownButtonsAreAnsweredAsExpired() {
    for (String data : List.of("restrict|v1|a=explode&u=13", "restrict|v1|a=ban", "restrict|v1|a=ban&u=abc",
        "unrestrict|v1|a=unmute&c=-1009876543210", "unrestrict|v1|a=unban&u=13&c=-1009876543210")) {
      Effects effects = h.press(ADMIN, data);
      assertEquals(List.of(), moderation(effects), data);
      assertEquals("This button no longer works; send the command again.", answer(effects).text(), data);
      assertFalse(effects.actions().stream().anyMatch(a -> a instanceof ChatAction.Edit), data);
    }
  }
}
