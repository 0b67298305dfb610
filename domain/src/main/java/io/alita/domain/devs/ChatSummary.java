package io.alita.domain.devs;

import io.alita.domain.model.ChatId;
import io.alita.domain.tracking.ChatKind;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the bot knows of one chat, for {@code /chatinfo}.
 *
 * @param memberCount the member count last cached, if any
 * @param membersSeen how many distinct users the bot has seen writing there
 * @param inactive the bot left or was removed
 */
public record ChatSummary(ChatId id, ChatKind kind, Optional<String> title, Optional<String> username,
    Optional<Integer> memberCount, long membersSeen, boolean inactive, Instant lastActivity) {

  public ChatSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(memberCount, "memberCount");
    Objects.requireNonNull(lastActivity, "lastActivity");
  }
}
