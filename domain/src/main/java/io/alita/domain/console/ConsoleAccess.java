package io.alita.domain.console;

import io.alita.domain.dispatch.Requirement.TeamLevel;
import io.alita.domain.dispatch.TeamRoster;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.ChatMember;
import io.alita.domain.permission.ChatQueries;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what a person may do in the console. The owner and the team see every chat; anyone else sees the chats
 * where Telegram says, right now, that they are an administrator. Asked at login, and again before every change.
 */
public final class ConsoleAccess {

  /** How many of a user's chats are checked with Telegram at login. */
  public static final int MAX_CHATS_CHECKED = 100;

  private final UserId owner;
  private final TeamRoster team;
  private final ChatsOfUser chatsOfUser;
  private final ChatQueries telegram;

  /** @param telegram empty-answering when the console has no bot token: then only the owner and team get in */
  public ConsoleAccess(UserId owner, TeamRoster team, ChatsOfUser chatsOfUser, ChatQueries telegram) {
    this.owner = owner;
    this.team = team;
    this.chatsOfUser = chatsOfUser;
    this.telegram = telegram;
  }

  /** A signed-in identity with its chats. */
  public record Grant(ConsoleUser user, Set<ChatId> chats) {

    public Grant {
      chats = Set.copyOf(chats);
    }
  }

  /** What {@code person} may do, or empty when they administer no chat the bot knows. */
  public Optional<Grant> grant(Person person) {
    if (person.id().equals(owner) && owner.value() != 0) {
      return Optional.of(new Grant(new ConsoleUser(person.id(), person.name(), ConsoleRole.OWNER), Set.of()));
    }
    if (team.has(person.id(), TeamLevel.SUDO)) {
      return Optional.of(new Grant(new ConsoleUser(person.id(), person.name(), ConsoleRole.TEAM), Set.of()));
    }
    Set<ChatId> chats = new LinkedHashSet<>();
    for (ChatId chat : chatsOfUser.chatsWhereSeen(person.id(), MAX_CHATS_CHECKED)) {
      if (isAdminNow(chat, person.id())) {
        chats.add(chat);
      }
    }
    if (chats.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Grant(new ConsoleUser(person.id(), person.name(), ConsoleRole.GROUP_ADMIN), chats));
  }

  /**
   * True when the session's user may change the chat now: the owner and team always; a group admin only when the
   * chat was granted at login and Telegram still says they are an admin there (a demoted admin loses access at once).
   */
  public boolean mayChange(ConsoleSession session, ChatId chat) {
    ConsoleRole role = session.user().role();
    if (role.seesAllChats()) {
      return true;
    }
    return role == ConsoleRole.GROUP_ADMIN && session.chats().contains(chat) && isAdminNow(chat, session.user().id());
  }

  private boolean isAdminNow(ChatId chat, UserId user) {
    return telegram.member(chat, user).map(ChatMember::isAdmin).orElse(false);
  }
}
