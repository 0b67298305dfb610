package io.alita.web.chats;

import io.alita.domain.antiflood.FloodRule;
import io.alita.domain.antiflood.FloodSettings;
import io.alita.domain.approvals.Approval;
import io.alita.domain.console.ChatSummary;
import io.alita.domain.console.ConsoleSession;
import io.alita.domain.locks.LockType;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.penalty.PenaltyMode;
import io.alita.domain.time.ModerationDuration;
import io.alita.web.Pages;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /chats/{id}}: what is on in the chat, and the settings the console shows but does not change (locks,
 * antiflood, approved members). Those are changed with the bot's commands in the chat.
 */
final class OverviewPage {

  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /** An approved member as listed. */
  public record ApprovedRow(String member, String reason, String approvedBy, String when) {}

  private final ChatPorts ports;
  private final ChatLookup lookup;

  OverviewPage(ChatPorts ports, ChatLookup lookup) {
    this.ports = ports;
    this.lookup = lookup;
  }

  void show(Context ctx, ConsoleSession session) {
    ChatSummary chat = lookup.forView(ctx, session);
    ChatId id = chat.id();
    List<String> locks = ports.locks().locked(id).stream().sorted(Comparator.comparing(Enum::ordinal))
        .map(LockType::word).toList();
    List<ApprovedRow> approved = ports.approvals().approvals(id).stream().map(this::row).toList();
    Pages.render(ctx, "chat.html", session, Map.of("chat", ChatView.of(chat), "active", "overview",
        "locks", locks, "antiflood", antiflood(ports.antiflood().settings(id)), "approved", approved));
  }

  /** Antiflood in a sentence. */
  static String antiflood(FloodSettings settings) {
    if (settings.limit().isEmpty()) {
      return "Off.";
    }
    return "On. Limit: " + settings.limit().get().value() + " messages from one member within "
        + ModerationDuration.format(FloodRule.WINDOW) + ". Penalty: " + penalty(settings.mode(), settings.modeDuration())
        + ". " + (settings.deleteFlood() ? "Every message of the flood is deleted." : "Only the message over the limit is deleted.");
  }

  /** "mute", "tmute 6h": a penalty as the commands spell it. */
  static String penalty(PenaltyMode mode, Optional<Duration> duration) {
    return mode.word() + (mode.timed() ? duration.map(d -> " " + ModerationDuration.format(d)).orElse("") : "");
  }

  private ApprovedRow row(Approval a) {
    return new ApprovedRow(name(a.user()), a.reason(), name(a.approvedBy()), WHEN.format(a.approvedAt()));
  }

  private String name(UserId user) {
    return ports.names().nameOf(user).map(n -> n + " (" + user.value() + ")").orElse(Long.toString(user.value()));
  }
}
