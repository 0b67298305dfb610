package io.alita.domain.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminRights;
import io.alita.domain.permission.ChatMember;
import io.alita.domain.permission.MemberStatus;
import io.alita.domain.permission.Right;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PromotionTest {

  @Test
  void grantsOnlyWhatThePromoterAndTheBotBothHold() {
    AdminRights promoter = AdminRights.of(Right.DELETE_MESSAGES, Right.PIN_MESSAGES, Right.PROMOTE_MEMBERS);
    AdminRights bot = AdminRights.of(Right.DELETE_MESSAGES, Right.RESTRICT_MEMBERS, Right.PROMOTE_MEMBERS);

    assertEquals(AdminRights.of(Right.DELETE_MESSAGES, Right.PROMOTE_MEMBERS), Promotion.grantable(promoter, bot));
  }

  @Test
  void theCreatorGrantsWhateverTheBotCan() {
    ChatMember creator = new ChatMember(UserId.of(1), MemberStatus.CREATOR, AdminRights.NONE, true, false,
        Optional.empty());
    AdminRights bot = AdminRights.of(Right.INVITE_USERS, Right.PROMOTE_MEMBERS);

    assertEquals(bot, Promotion.grantable(creator.rights(), bot));
  }

  @Test
  void anAnonymousAdminHoldsWhatEveryAnonymousAdminHolds() {
    List<ChatMember> admins = List.of(
        anonymous(1, Right.DELETE_MESSAGES, Right.PIN_MESSAGES),
        anonymous(2, Right.DELETE_MESSAGES, Right.INVITE_USERS),
        new ChatMember(UserId.of(3), MemberStatus.ADMINISTRATOR, AdminRights.ALL, true, false, Optional.empty()));

    assertEquals(AdminRights.of(Right.DELETE_MESSAGES), Promotion.ofAnonymousAdmins(admins));
  }

  @Test
  void withoutAnyAnonymousAdminThereIsNothingToGrant() {
    assertEquals(AdminRights.NONE, Promotion.ofAnonymousAdmins(List.of()));
  }

  private static ChatMember anonymous(long id, Right... rights) {
    return new ChatMember(UserId.of(id), MemberStatus.ADMINISTRATOR, new AdminRights(Set.of(rights), true), true, false,
        Optional.empty());
  }
}
