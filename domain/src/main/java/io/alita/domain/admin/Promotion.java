package io.alita.domain.admin;

import io.alita.domain.permission.AdminRights;
import io.alita.domain.permission.ChatMember;
import java.util.Collection;
import java.util.Optional;

/**
 * What a /promote may grant, as plain functions: the rights that both the promoter and the bot hold, so nobody hands
 * out a right they lack, and the bot is not asked for one it cannot give. The creator holds every right, so for them
 * this is whatever the bot can grant.
 */
public final class Promotion {

  private Promotion() {}

  /** The rights to grant; empty rights mean there is nothing the two have in common. */
  public static AdminRights grantable(AdminRights promoter, AdminRights bot) {
    return promoter.intersect(bot);
  }

  /**
   * The rights an anonymous admin is known to hold: Telegram hides which anonymous admin sent a command, so it is the
   * least any of them holds (their intersection), and nothing when the list shows no anonymous admin.
   */
  public static AdminRights ofAnonymousAdmins(Collection<ChatMember> admins) {
    Optional<AdminRights> common = admins.stream().filter(m -> m.rights().anonymous()).map(ChatMember::rights)
        .reduce(AdminRights::intersect);
    return common.orElse(AdminRights.NONE);
  }
}
