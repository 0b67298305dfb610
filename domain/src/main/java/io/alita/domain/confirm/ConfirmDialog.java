package io.alita.domain.confirm;

import io.alita.domain.action.Button;
import io.alita.domain.action.Keyboard;
import io.alita.domain.callback.CallbackData;
import io.alita.domain.callback.CallbackNamespace;
import io.alita.domain.dispatch.ButtonContext;
import io.alita.domain.dispatch.CommandContext;
import io.alita.domain.dispatch.Gate;
import io.alita.domain.i18n.MessageKey;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One kind of Yes/No question (see {@link Confirmations}): {@link #ask} stores it and replies with the two buttons; a
 * press by someone the gate admits uses the question up (once, even when two admins press together) and either runs
 * the Yes or says it was cancelled. A press after {@link Confirmations#LIFETIME}, or on a question used already, only
 * says so.
 */
public final class ConfirmDialog {

  /**
   * The texts of one dialog.
   *
   * @param yes the Yes button ("Yes, remove them all")
   * @param no the No button
   * @param cancelled what the question turns into after No
   */
  public record Labels(MessageKey yes, MessageKey no, MessageKey cancelled) {
    public Labels {
      Objects.requireNonNull(yes, "yes");
      Objects.requireNonNull(no, "no");
      Objects.requireNonNull(cancelled, "cancelled");
    }
  }

  private final CallbackNamespace namespace;
  private final Gate gate;
  private final Labels labels;
  private final ConfirmHandler onYes;
  private final Confirmations confirmations;
  /**
   * The questions this process saw answered, until they would have expired: the store forgets a question once it is
   * taken, so without these a second press (a double tap, handled after the first) would read as expired and edit the
   * answer away.
   */
  private final Map<String, Instant> answered = new ConcurrentHashMap<>();

  ConfirmDialog(CallbackNamespace namespace, Gate gate, Labels labels, ConfirmHandler onYes,
      Confirmations confirmations) {
    this.namespace = Objects.requireNonNull(namespace, "namespace");
    this.gate = Objects.requireNonNull(gate, "gate");
    this.labels = Objects.requireNonNull(labels, "labels");
    this.onYes = Objects.requireNonNull(onYes, "onYes");
    this.confirmations = confirmations;
  }

  CallbackNamespace namespace() {
    return namespace;
  }

  Gate gate() {
    return gate;
  }

  /** Asks {@code questionHtml} in reply to the command, with nothing to carry over to the Yes. */
  public void ask(CommandContext ctx, String questionHtml) {
    ask(ctx, questionHtml, "");
  }

  /**
   * Asks {@code questionHtml} in reply to the command; {@code payload} is kept with the question and handed to the
   * Yes. The question is stored as part of the command's event.
   */
  public void ask(CommandContext ctx, String questionHtml, String payload) {
    Instant expires = confirmations.clock().instant().plus(Confirmations.LIFETIME);
    String token = confirmations.newToken();
    ctx.write(() -> confirmations.store().save(
        new Confirmation(token, ctx.chat(), namespace.value(), payload, ctx.actor().id(), expires)));
    CallbackData data = CallbackData.of(namespace).with("t", token);
    ctx.replyHtml(questionHtml, Keyboard.row(
        Button.Callback.of(ctx.messages().plain(labels.yes()), data.with("a", "y")),
        Button.Callback.of(ctx.messages().plain(labels.no()), data.with("a", "n"))));
  }

  void pressed(ButtonContext ctx) {
    Instant now = confirmations.clock().instant();
    Optional<String> token = ctx.data().field("t");
    Optional<String> answer = ctx.data().field("a");
    Optional<Confirmation> asked = token.flatMap(t -> confirmations.store().find(t))
        .filter(c -> c.chat().equals(ctx.chat()) && c.dialog().equals(namespace.value()));
    if (asked.isEmpty() && token.map(answered::get).filter(now::isBefore).isPresent()) {
      ctx.answer(Confirmations.USED, true);
      return;
    }
    if (asked.isEmpty() || answer.isEmpty() || asked.get().expiredAt(now)) {
      ctx.answer(Confirmations.EXPIRED, true);
      ctx.edit(ctx.messages().html(Confirmations.EXPIRED), Keyboard.NONE);
      return;
    }
    if (!ctx.write(() -> confirmations.store().take(asked.get().token()))) {
      ctx.answer(Confirmations.USED, true);
      return;
    }
    Confirmation used = asked.get();
    ctx.afterCommit(() -> {
      answered.values().removeIf(expires -> !now.isBefore(expires));
      answered.put(used.token(), used.expires());
    });
    if (!answer.get().equals("y")) {
      ctx.answer(labels.cancelled(), false);
      ctx.edit(ctx.messages().html(labels.cancelled()), Keyboard.NONE);
      return;
    }
    onYes.confirmed(ctx, asked.get().payload());
  }
}
