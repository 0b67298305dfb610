package io.alita.domain.approvals;

import io.alita.domain.model.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * One approved member of a chat: exempt from locks, blacklists, antiflood, captcha and antiraid.
 *
 * @param reason why they were approved, as the admin typed it; empty when none was given
 * @param approvedBy the admin who approved them
 * @param approvedAt when
 */
public record Approval(UserId user, String reason, UserId approvedBy, Instant approvedAt) {

  public Approval {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(approvedBy, "approvedBy");
    Objects.requireNonNull(approvedAt, "approvedAt");
  }
}
