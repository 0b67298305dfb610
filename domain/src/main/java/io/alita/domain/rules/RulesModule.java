package io.alita.domain.rules;

import io.alita.domain.action.Button;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Keyboard;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.command.Words;
import io.alita.domain.dispatch.BotModule;
import io.alita.domain.dispatch.CommandContext;
import io.alita.domain.dispatch.CommandSpec;
import io.alita.domain.dispatch.Gate;
import io.alita.domain.dispatch.Registry;
import io.alita.domain.dispatch.Requirement;
import io.alita.domain.format.UrlButton;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.model.MessageId;
import io.alita.domain.settings.Commit;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.Reply;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The Rules module's commands:
 * <ul>
 *   <li>{@code /rules} (anyone, in a group): the rules, or in private-rules mode a button that opens them in private;
 *   <li>{@code /setrules <text>} (admin, bot admin): stores the text as typed, refusing one Telegram could not send;
 *   <li>{@code /resetrules}, {@code /clearrules} (admin): removes them;
 *   <li>{@code /privaterules [on|off]} (admin): shows or sets private-rules mode;
 *   <li>{@code /rulesbtn}, {@code /rulesbutton [text]} (admin): shows or sets the rules button's label;
 *   <li>{@code /resetrulesbtn}, {@code /resetrulesbutton}, {@code /clearrulesbtn}, {@code /clearrulesbutton} (admin):
 *       puts the default label back.
 * </ul>
 * Every change is applied once per update ({@link UpdateTransactions}); a repeated delivery neither writes nor answers.
 */
public final class RulesModule implements BotModule {

  /** The module's name in the help menu. */
  public static final String NAME = "Rules";

  static final MessageKey NONE = MessageKey.of("rules.none");
  static final MessageKey PRIVATE = MessageKey.of("rules.private");
  static final MessageKey PRIVATE_ON = MessageKey.of("rules.private_on");
  static final MessageKey PRIVATE_OFF = MessageKey.of("rules.private_off");
  static final MessageKey PRIVATE_IS_ON = MessageKey.of("rules.private_is_on");
  static final MessageKey PRIVATE_IS_OFF = MessageKey.of("rules.private_is_off");
  static final MessageKey PRIVATE_USAGE = MessageKey.of("rules.private_usage");
  static final MessageKey BUTTON_CURRENT = MessageKey.of("rules.button_current");
  static final MessageKey BUTTON_SET = MessageKey.of("rules.button_set");
  static final MessageKey BUTTON_TOO_LONG = MessageKey.of("rules.button_too_long");
  static final MessageKey BUTTON_RESET = MessageKey.of("rules.button_reset");

  private final RulesStore store;
  private final RulesView view;

  public RulesModule(RulesStore store, RulesView view) {
    this.store = Objects.requireNonNull(store, "store");
    this.view = Objects.requireNonNull(view, "view");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void register(Registry registry) {
    registry.command(CommandSpec.of("rules", Gate.GROUP, this::rules).connectable());
    registry.command(CommandSpec.of("setrules", Gate.GROUP_ADMIN.then(new Requirement.BotIsAdmin()), this::setRules).connectable());
    registry.command(CommandSpec.of("resetrules", Gate.GROUP_ADMIN, this::resetRules).alsoNamed("clearrules").connectable());
    registry.command(CommandSpec.of("privaterules", Gate.GROUP_ADMIN, this::privateRules).connectable());
    registry.command(CommandSpec.of("rulesbtn", Gate.GROUP_ADMIN, this::rulesButton).alsoNamed("rulesbutton").connectable());
    registry.command(CommandSpec.of("resetrulesbtn", Gate.GROUP_ADMIN, this::resetRulesButton)
        .alsoNamed("resetrulesbutton", "clearrulesbtn", "clearrulesbutton").connectable());
  }

  /**
   * Sent as a reply to the message the command answers, if it answers one, so an admin can point a newcomer at the
   * rules; the fillings then name that newcomer.
   */
  private void rules(CommandContext ctx) {
    ChatRules rules = store.find(ctx.chat());
    if (!rules.hasRules()) {
      ctx.reply(NONE);
      return;
    }
    Optional<Reply> pointedAt = ctx.message().replyTo();
    MessageId answered = pointedAt.map(Reply::id).orElse(ctx.message().id());
    if (rules.privately()) {
      UrlButton button = view.deepLinkButton(rules);
      send(ctx, answered, ctx.text(PRIVATE), Keyboard.row(new Button.Url(button.text(), button.url())));
      return;
    }
    SeenUser reader = pointedAt.flatMap(Reply::fromUser).orElse(ctx.actor());
    RulesView.Shown shown = view.render(rules, Optional.ofNullable(ctx.targetChat().title()), reader,
        ctx.messages()).orElseThrow();
    send(ctx, answered, shown.html(), shown.keyboard());
  }

  private static void send(CommandContext ctx, MessageId answered, String html, Keyboard keyboard) {
    ctx.act(new ChatAction.Send(OutgoingMessage.replyTo(ctx.answerChat(), answered, html).withKeyboard(keyboard)));
  }

  /**
   * Stores the text after the command exactly as typed (Markdown source; rendered whenever shown). The length check
   * counts the formatted text, the longest {@code %%%} variant, fillings as typed; a longer name at send time is cut.
   */
  private void setRules(CommandContext ctx) {
    // "/setrules <text>", or "/setrules" as a reply to a message holding the rules (text or caption).
    String typed = ctx.command().argumentText().strip();
    String source = typed.isEmpty()
        ? ctx.message().replyTo().map(r -> r.text().strip()).orElse("")
        : typed;
    RulesEdit edit = new RulesEdit(store, view, ctx.messages());
    edit.set(ctx.targetChat(), source, Commit.in(ctx.unitOfWork())).replyTo(ctx);
  }

  private void resetRules(CommandContext ctx) {
    new RulesEdit(store, view, ctx.messages()).clear(ctx.chat(), Commit.in(ctx.unitOfWork()))
        .replyTo(ctx);
  }

  private void privateRules(CommandContext ctx) {
    String argument = Words.splitFirst(ctx.command().argumentText()).first();
    if (argument.isEmpty()) {
      ctx.reply(store.find(ctx.chat()).privately() ? PRIVATE_IS_ON : PRIVATE_IS_OFF);
      return;
    }
    Optional<Boolean> wanted = onOff(argument);
    if (wanted.isEmpty()) {
      ctx.reply(PRIVATE_USAGE, "input", argument);
      return;
    }
    boolean on = wanted.get();
    write(ctx, () -> store.setPrivate(ctx.targetChat(), on), on ? PRIVATE_ON : PRIVATE_OFF);
  }

  private void rulesButton(CommandContext ctx) {
    String text = ctx.command().argumentText().strip();
    if (text.isEmpty()) {
      ctx.reply(BUTTON_CURRENT, "text", store.find(ctx.chat()).buttonText().value());
      return;
    }
    int length = RulesButtonText.length(text);
    if (length > RulesButtonText.MAX_LENGTH) {
      ctx.reply(BUTTON_TOO_LONG, "length", length, "max", RulesButtonText.MAX_LENGTH);
      return;
    }
    RulesButtonText label = new RulesButtonText(text);
    write(ctx, () -> store.setButton(ctx.targetChat(), label), BUTTON_SET, "text", label.value());
  }

  private void resetRulesButton(CommandContext ctx) {
    write(ctx, () -> store.clearButton(ctx.chat()), BUTTON_RESET, "text", RulesButtonText.DEFAULT.value());
  }

  /** Writes {@code work} as part of the command's event and confirms it. */
  private void write(CommandContext ctx, Runnable work, MessageKey done, Object... namesAndValues) {
    ctx.write(work);
    ctx.reply(done, namesAndValues);
  }

  /** The original's words for a switch: on, yes, true / off, no, false, in any case. */
  static Optional<Boolean> onOff(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "on", "yes", "true" -> Optional.of(true);
      case "off", "no", "false" -> Optional.of(false);
      default -> Optional.empty();
    };
  }
}
