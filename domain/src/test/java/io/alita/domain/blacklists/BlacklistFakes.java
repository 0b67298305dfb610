package io.alita.domain.blacklists;

import io.alita.domain.action.ChatPermissions;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminRights;
import io.alita.domain.permission.ChatMember;
import io.alita.domain.permission.ChatQueries;
import io.alita.domain.permission.MemberStatus;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** The stand-ins the module tests drive the real dispatcher with. */
final class BlacklistFakes {

  private BlacklistFakes() {}

  /** One chat's members as Telegram would report them (the same for every chat id), counting admin-list loads. */
  static final class Telegram implements ChatQueries {

    private final Map<UserId, ChatMember> members = new LinkedHashMap<>();
    final AtomicInteger adminLoads = new AtomicInteger();

    void admin(UserId user, MemberStatus status, AdminRights rights) {
      members.put(user, new ChatMember(user, status, rights, true, false, Optional.empty()));
    }

    void member(UserId user) {
      members.put(user, ChatMember.of(user, MemberStatus.MEMBER));
    }

    @Override
    public List<ChatMember> administrators(ChatId chat) {
      adminLoads.incrementAndGet();
      return members.values().stream().filter(ChatMember::isAdmin).toList();
    }

    @Override
    public Optional<ChatMember> member(ChatId chat, UserId user) {
      return Optional.ofNullable(members.get(user));
    }

    @Override
    public Optional<ChatPermissions> defaultPermissions(ChatId chat) {
      return Optional.of(ChatPermissions.MEMBER_DEFAULTS);
    }

    @Override
    public Optional<String> inviteLink(ChatId chat) {
      return Optional.empty();
    }
  }

  /** A store that counts how often a chat's whole blacklist is read: the reads the cache must save. */
  static class CountingStore implements BlacklistStore {

    private final BlacklistStore inner;
    final AtomicInteger loads = new AtomicInteger();

    CountingStore(BlacklistStore inner) {
      this.inner = inner;
    }

    @Override
    public ChatBlacklist blacklist(ChatId chat) {
      loads.incrementAndGet();
      return inner.blacklist(chat);
    }

    @Override
    public List<BlacklistWord> add(ChatId chat, Collection<BlacklistWord> words) {
      return inner.add(chat, words);
    }

    @Override
    public boolean remove(ChatId chat, BlacklistWord word) {
      return inner.remove(chat, word);
    }

    @Override
    public int removeAll(ChatId chat) {
      return inner.removeAll(chat);
    }

    @Override
    public void setAction(ChatId chat, BlacklistAction action) {
      inner.setAction(chat, action);
    }

    @Override
    public boolean setOverride(ChatId chat, BlacklistWord word, Optional<BlacklistAction> override) {
      return inner.setOverride(chat, word, override);
    }
  }
}
