package io.alita.domain.audit;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.Page;
import java.util.Set;

/**
 * Outbound port: reads the audit log back, newest first. The log holds every committed change of a chat's settings
 * (rules, blacklists, captcha, warns and warn counts, locks, antiflood, anti-raid, approvals, anonymous admins),
 * whether it came from a command, the console or the bot itself; a change that was rolled back left nothing.
 */
public interface AuditTrail {

  /**
   * The entries of one chat, newest first.
   *
   * @param page from 1
   * @param size 1 to {@link Page#MAX_SIZE}
   * @throws IllegalArgumentException for a page or size out of range
   */
  Page<AuditEntry> forChat(ChatId chat, int page, int size);

  /**
   * The entries of any of {@code chats}, newest first; paged as {@link #forChat}. For a group admin's log: the chats
   * the console granted them. No chats, no entries.
   */
  Page<AuditEntry> forChats(Set<ChatId> chats, int page, int size);

  /** The entries of every chat, newest first; paged as {@link #forChat}. */
  Page<AuditEntry> all(int page, int size);
}
