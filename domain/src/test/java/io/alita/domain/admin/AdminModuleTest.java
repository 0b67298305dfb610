package io.alita.domain.admin;

import static io.alita.domain.bans.ModerationHarness.ADMIN;
import static io.alita.domain.bans.ModerationHarness.BOT;
import static io.alita.domain.bans.ModerationHarness.GROUP;
import static io.alita.domain.bans.ModerationHarness.MEMBER;
import static io.alita.domain.bans.ModerationHarness.OWNER;
import static io.alita.domain.bans.ModerationHarness.SPAMMER;
import static io.alita.domain.bans.ModerationHarness.moderation;
import static io.alita.domain.bans.ModerationHarness.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Effects;
import io.alita.domain.bans.ModerationHarness;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminRights;
import io.alita.domain.permission.Right;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.update.Incoming;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AdminModuleTest {

  final ModerationHarness h = new ModerationHarness();

  @Nested
  class AdminList {

    @Test
    void listsPeopleOwnerFirstAndSkipsBotsAndAnonymousAdmins() {
      h.telegram.anonymousAdmin(UserId.of(55), Right.DELETE_MESSAGES);

      Effects effects = h.send(MEMBER, "/adminlist");

      assertEquals(List.of("Admins in Engines:\n• Olga (owner)\n• Adam"), texts(effects));
    }

    @Test
    void saysWhenTheListCameFromTheCache() {
      h.send(ADMIN, "/kick @spam_account"); // loads the admin list

      Effects effects = h.send(MEMBER, "/adminlist");

      assertEquals(List.of("Admins in Engines:\n• Olga (owner)\n• Adam\n\nFrom the cache; /admincache reloads it."),
          texts(effects));
    }

    @Test
    void needsTheBotToBeAnAdmin() {
      h.telegram.admins.remove(BOT.id());

      assertEquals(List.of("I need to be an admin here to do this."), texts(h.send(MEMBER, "/adminlist")));
    }
  }

  @Nested
  class Promote {

    @Test
    void grantsTheRightsThePromoterAndTheBotBothHold() {
      Effects effects = h.send(ADMIN, "/promote @mia_member");

      AdminRights both = AdminRights.of(Right.RESTRICT_MEMBERS, Right.DELETE_MESSAGES, Right.INVITE_USERS,
          Right.PROMOTE_MEMBERS);
      assertEquals(List.of(new ChatAction.Promote(GROUP, MEMBER.id(), both)), moderation(effects));
      assertEquals(List.of("Promoted @mia_member."), texts(effects));
    }

    @Test
    void theCreatorGrantsEverythingTheBotCan() {
      Effects effects = h.send(OWNER, "/promote @mia_member");

      AdminRights botRights = AdminRights.of(Right.RESTRICT_MEMBERS, Right.DELETE_MESSAGES, Right.INVITE_USERS,
          Right.PROMOTE_MEMBERS, Right.CHANGE_INFO);
      assertEquals(List.of(new ChatAction.Promote(GROUP, MEMBER.id(), botRights)), moderation(effects));
    }

    @Test
    void aLongTitleIsCutToSixteenCharactersWithANotice() {
      Effects effects = h.send(OWNER, "/promote @mia_member Keeper of the peace");

      assertEquals(new ChatAction.SetAdminTitle(GROUP, MEMBER.id(), "Keeper of the pe"), moderation(effects).get(1));
      assertEquals(List.of("Promoted @mia_member with the title Keeper of the pe.\n"
          + "The title was longer than 16 characters, so I cut it to Keeper of the pe."), texts(effects));
    }

    @Test
    void aShortTitleIsSetAsGiven() {
      Effects effects = h.sendReplying(OWNER, "/promote Helper", MEMBER);

      assertEquals(List.of(new ChatAction.Promote(GROUP, MEMBER.id(), AdminRights.of(Right.RESTRICT_MEMBERS,
          Right.DELETE_MESSAGES, Right.INVITE_USERS, Right.PROMOTE_MEMBERS, Right.CHANGE_INFO)),
          new ChatAction.SetAdminTitle(GROUP, MEMBER.id(), "Helper")), moderation(effects));
    }

    @Test
    void refusesTheBotTheOwnerAndExistingAdmins() {
      assertEquals(List.of("I can't promote myself."), texts(h.sendReplying(OWNER, "/promote", BOT)));
      assertEquals(List.of("@olga_owner owns this chat; there is nothing to promote."),
          texts(h.send(ADMIN, "/promote @olga_owner")));
      assertEquals(List.of("@adam_admin is already an admin."), texts(h.send(OWNER, "/promote @adam_admin")));
    }

    @Test
    void aMemberCannotPromote() {
      Effects effects = h.send(MEMBER, "/promote @spam_account");

      assertEquals(List.of(), moderation(effects));
      assertEquals(List.of("You need to be an admin to do this."), texts(effects));
    }

    @Test
    void anAdminWhoMayNotAddAdminsIsRefused() {
      h.telegram.admin(MEMBER, Right.RESTRICT_MEMBERS);

      Effects effects = h.send(MEMBER, "/promote @spam_account");

      assertEquals(List.of(), moderation(effects));
      assertEquals(List.of("You need the right to add new admins to do this."), texts(effects));
    }

    @Test
    void aTrustedAnonymousAdminGrantsWhatEveryAnonymousAdminHolds() {
      h.telegram.anonymousAdmin(UserId.of(55), Right.DELETE_MESSAGES, Right.PROMOTE_MEMBERS, Right.PIN_MESSAGES);
      h.settings.setAnonymousAdminsTrusted(GROUP, true);

      Effects effects = h.sendAnonymously("/promote @mia_member");

      assertEquals(List.of(new ChatAction.Promote(GROUP, MEMBER.id(),
          AdminRights.of(Right.DELETE_MESSAGES, Right.PROMOTE_MEMBERS))), moderation(effects));
    }
  }

  @Nested
  class DemoteAndTitle {

    @Test
    void demoteTakesEveryRightAway() {
      Effects effects = h.send(OWNER, "/demote @adam_admin");

      assertEquals(List.of(new ChatAction.Promote(GROUP, ADMIN.id(), AdminRights.NONE)), moderation(effects));
      assertEquals(List.of("Demoted @adam_admin."), texts(effects));
    }

    @Test
    void demoteRefusesNonAdminsTheOwnerAndTheBot() {
      assertEquals(List.of("@mia_member is not an admin."), texts(h.send(OWNER, "/demote @mia_member")));
      assertEquals(List.of("@olga_owner owns this chat and can't be demoted."),
          texts(h.send(ADMIN, "/demote @olga_owner")));
      assertEquals(List.of("I can't demote myself."), texts(h.sendReplying(OWNER, "/demote", BOT)));
    }

    @Test
    void titleSetsTheCustomTitleOfAnAdmin() {
      Effects effects = h.send(OWNER, "/title @adam_admin Night shift");

      assertEquals(List.of(new ChatAction.SetAdminTitle(GROUP, ADMIN.id(), "Night shift")), moderation(effects));
      assertEquals(List.of("Set the title of @adam_admin to Night shift."), texts(effects));
    }

    @Test
    void titleRefusesTooLongTitlesMissingTitlesAndNonAdmins() {
      assertEquals(List.of("A title can have at most 16 characters; yours has 19."),
          texts(h.send(OWNER, "/title @adam_admin Keeper of the peace")));
      assertEquals(List.of("Usage: /title <user> <title>, e.g. /title @ada_l Moderator."),
          texts(h.send(OWNER, "/title @adam_admin")));
      assertEquals(List.of("@mia_member is not an admin."), texts(h.send(OWNER, "/title @mia_member Boss")));
      assertEquals(List.of(), moderation(h.send(OWNER, "/title @adam_admin Keeper of the peace")));
    }
  }

  @Nested
  class InviteLinkAndCache {

    @Test
    void aPrivateChatGetsItsInviteLink() {
      h.telegram.inviteLink = Optional.of("https://t.me/+AbCdEf");

      assertEquals(List.of("Here's the invite link: https://t.me/+AbCdEf"), texts(h.send(ADMIN, "/invitelink")));
    }

    @Test
    void aPublicChatIsJoinedThroughItsUsername() {
      h.chat = new SeenChat(GROUP, ChatKind.SUPERGROUP, "Engines", "engines_chat");

      assertEquals(List.of("This chat is public: anyone can join through @engines_chat."),
          texts(h.send(ADMIN, "/invitelink")));
    }

    @Test
    void noLinkIsSaidPlainly() {
      assertEquals(List.of("I couldn't get an invite link for this chat; check that I may invite users."),
          texts(h.send(ADMIN, "/invitelink")));
    }

    @Test
    void admincacheReloadsTheListFromTelegram() {
      h.send(ADMIN, "/kick @spam_account");
      int before = h.telegram.adminListCalls;
      h.telegram.admin(MEMBER, Right.PIN_MESSAGES);

      Effects effects = h.send(ADMIN, "/admincache");

      assertEquals(before + 1, h.telegram.adminListCalls);
      assertEquals(List.of("Reloaded the admin list: 4 admins."), texts(effects));
      assertEquals(List.of("@mia_member is an admin, and I don't act on admins."),
          texts(h.send(ADMIN, "/ban @mia_member")));
    }

    @Test
    void clearadmincacheIsTheSameReload() {
      h.send(ADMIN, "/kick @spam_account");
      int before = h.telegram.adminListCalls;

      Effects effects = h.send(ADMIN, "/clearadmincache");

      assertEquals(before + 1, h.telegram.adminListCalls);
      assertTrue(texts(effects).get(0).startsWith("Reloaded the admin list:"), texts(effects)::toString);
    }
  }

  @Nested
  class AnonAdmin {

    @Test
    void anyAdminMaySeeTheSetting() {
      assertEquals(List.of("Anonymous admins here must prove they're admins with a button before their commands run."),
          texts(h.send(ADMIN, "/anonadmin")));
    }

    @Test
    void onlyTheCreatorMayChangeIt() {
      Effects effects = h.send(ADMIN, "/anonadmin on");

      assertEquals(List.of("Only the chat's owner can do this."), texts(effects));
      assertFalse(h.settings.trusts(GROUP));
    }

    @Test
    void theCreatorTurnsItOnAndOff() {
      assertEquals(List.of("From now on, anonymous admins' commands run at once."), texts(h.send(OWNER, "/anonadmin on")));
      assertTrue(h.settings.trusts(GROUP));
      assertEquals(List.of("Anonymous admins are trusted here: their commands run at once."),
          texts(h.send(ADMIN, "/anonadmin")));
      assertEquals(List.of("From now on, anonymous admins must prove they're admins with a button."),
          texts(h.send(OWNER, "/anonadmin NO")));
      assertFalse(h.settings.trusts(GROUP));
    }

    @Test
    void anUnknownArgumentShowsTheUsage() {
      assertEquals(List.of("Usage: /anonadmin on or /anonadmin off (or without an argument, to see the setting)."),
          texts(h.send(OWNER, "/anonadmin maybe")));
    }

    @Test
    void aRepeatedDeliveryChangesAndSaysNothing() {
      Incoming on = h.update(OWNER, "/anonadmin on");
      h.dispatcher.dispatch(on);
      h.settings.setAnonymousAdminsTrusted(GROUP, false);

      Effects again = h.dispatcher.dispatch(on);

      assertTrue(again.isEmpty());
      assertFalse(h.settings.trusts(GROUP));
    }

    @Test
    void withTheSwitchOnAnAnonymousAdminBansDirectly() {
      h.send(OWNER, "/anonadmin on");

      Effects effects = h.sendAnonymously("/ban @spam_account");

      assertEquals(List.of(new ChatAction.Ban(GROUP, SPAMMER.id(), Optional.empty())), moderation(effects));
      assertEquals(List.of("Banned @spam_account."), texts(effects));
    }

    @Test
    void withTheSwitchOffAnAnonymousAdminMustProveThemselfFirst() {
      Effects effects = h.sendAnonymously("/ban @spam_account");

      assertEquals(List.of(), moderation(effects));
      assertEquals(List.of("You're anonymous. Tap the button below to prove you're an admin."), texts(effects));
    }
  }
}
