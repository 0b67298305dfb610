package io.alita.domain.captcha;

import io.alita.domain.format.Mention;
import io.alita.domain.action.Keyboard;
import io.alita.domain.dispatch.CommandContext;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.TrustedHtml;
import io.alita.domain.model.UserId;
import io.alita.domain.target.Target;
import io.alita.domain.target.TargetExtractor;
import io.alita.domain.target.TargetOutcome;
import io.alita.domain.update.Reply;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** /captchapending and /captchaclear: what a pending member wrote meanwhile, shown (kinds and text) or forgotten. */
final class HeldMessagesCommands {

  static final MessageKey PENDING_NONE = MessageKey.of("captcha.pending_none");
  static final MessageKey PENDING_EMPTY = MessageKey.of("captcha.pending_empty");
  static final MessageKey PENDING_LIST = MessageKey.of("captcha.pending_list");
  static final MessageKey PENDING_LINE = MessageKey.of("captcha.pending_line");
  static final MessageKey CLEARED = MessageKey.of("captcha.cleared");
  static final MessageKey CHANNEL = MessageKey.of("captcha.channel");

  /** How many held-back messages /captchapending lists, and how much of each. */
  static final int PENDING_SHOWN = 20;
  static final int PENDING_TEXT_LENGTH = 100;

  private final CaptchaStore store;
  private final TargetExtractor targets;

  HeldMessagesCommands(CaptchaStore store, TargetExtractor targets) {
    this.store = store;
    this.targets = targets;
  }

  /** /captchapending &lt;user&gt;: what a pending member sent meanwhile (kinds and text, as held back). */
  void showPending(CommandContext ctx) {
    pendingTarget(ctx).ifPresent(user -> {
      Optional<CaptchaAttempt> attempt = store.attemptOf(ctx.chat(), user);
      TrustedHtml mention = Mention.user(user, attempt.map(CaptchaAttempt::userName).orElse(""));
      if (attempt.isEmpty()) {
        ctx.reply(PENDING_NONE, "user", mention);
        return;
      }
      List<StoredMessage> held = store.storedMessages(attempt.get().id());
      if (held.isEmpty()) {
        ctx.reply(PENDING_EMPTY, "user", mention);
        return;
      }
      StringBuilder lines = new StringBuilder();
      for (int i = 0; i < Math.min(held.size(), PENDING_SHOWN); i++) {
        StoredMessage m = held.get(i);
        String text = m.kind() == StoredKind.TEXT ? m.content() : m.caption();
        if (text.length() > PENDING_TEXT_LENGTH) {
          text = text.substring(0, PENDING_TEXT_LENGTH) + "…";
        }
        lines.append(lines.length() == 0 ? "" : "\n").append(ctx.text(PENDING_LINE, "number", i + 1,
            "kind", m.kind().name().toLowerCase(Locale.ROOT), "text", text));
      }
      ctx.reply(PENDING_LIST, "user", mention, "count", held.size(), "messages", TrustedHtml.of(lines.toString()));
    });
  }

  /** /captchaclear &lt;user&gt;: forgets what a pending member sent meanwhile. */
  void clearPending(CommandContext ctx) {
    pendingTarget(ctx).ifPresent(user -> {
      Optional<CaptchaAttempt> attempt = store.attemptOf(ctx.chat(), user);
      TrustedHtml mention = Mention.user(user, attempt.map(CaptchaAttempt::userName).orElse(""));
      if (attempt.isEmpty()) {
        ctx.reply(PENDING_NONE, "user", mention);
        return;
      }
      int cleared = ctx.write(() -> store.clearStoredMessages(attempt.get().id()));
      ctx.reply(CLEARED, "count", cleared, "user", mention);
    });
  }

  private Optional<UserId> pendingTarget(CommandContext ctx) {
    TargetOutcome outcome = targets.extract(ctx.command(), ctx.message().replyTo().map(Reply::sender));
    if (outcome instanceof TargetOutcome.Found found) {
      if (found.target() instanceof Target.User u) {
        return Optional.of(u.id());
      }
      ctx.reply(CHANNEL);
    } else if (outcome instanceof TargetOutcome.NotFound nf) {
      ctx.replyHtml(nf.message(ctx.messages()), Keyboard.NONE);
    } else if (outcome instanceof TargetOutcome.Invalid invalid) {
      ctx.replyHtml(invalid.message(ctx.messages()), Keyboard.NONE);
    } else {
      ctx.replyHtml(((TargetOutcome.None) outcome).message(ctx.messages()), Keyboard.NONE);
    }
    return Optional.empty();
  }
}
