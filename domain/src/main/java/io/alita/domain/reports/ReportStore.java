package io.alita.domain.reports;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import java.util.Collection;
import java.util.Set;

/**
 * Outbound port: each chat's report settings ({@code report_chat_settings}) and each user's personal setting
 * ({@code report_user_settings}: whether they are tagged in reports of the chats they administer). Both default to on.
 * Writes for a chat or user the store has not seen yet create what they need first, and take part in the caller's
 * transaction when there is one.
 */
public interface ReportStore {

  /** The chat's settings; {@link ReportSettings#DEFAULT} when it never set any. */
  ReportSettings chat(ChatId chat);

  void setChatEnabled(ChatId chat, boolean enabled);

  /** Blocks {@code user} from reporting in {@code chat}; blocking twice changes nothing. */
  void block(ChatId chat, UserId user);

  /** Lets {@code user} report in {@code chat} again. */
  void unblock(ChatId chat, UserId user);

  /** Whether {@code user} wants to be tagged in reports (true unless they turned it off). */
  boolean userEnabled(UserId user);

  void setUserEnabled(UserId user, boolean enabled);

  /** Those of {@code users} who turned reports off, in one look-up. */
  Set<UserId> optedOut(Collection<UserId> users);
}
