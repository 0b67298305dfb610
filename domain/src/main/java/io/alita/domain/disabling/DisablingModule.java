package io.alita.domain.disabling;

import io.alita.domain.action.Keyboard;
import io.alita.domain.cache.PerChatCache;
import io.alita.domain.command.Words;
import io.alita.domain.dispatch.BotModule;
import io.alita.domain.dispatch.CommandContext;
import io.alita.domain.dispatch.CommandGuard;
import io.alita.domain.dispatch.CommandSpec;
import io.alita.domain.dispatch.Gate;
import io.alita.domain.dispatch.Registry;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.settings.Commit;
import io.alita.domain.model.ChatId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The Disabling module: {@code /disable} and {@code /enable} (several commands at once), {@code /disabledel},
 * {@code /disableable} and {@code /disabled}, and the {@link CommandGuard} through which the dispatcher ignores a
 * disabled command sent by a member who is no admin (and deletes it with {@code /disabledel on}).
 *
 * <p>The disableable commands are the original's twenty ({@link Disableable#ORIGINAL}). Known commands are the ones this
 * bot registers: {@code /disable} refuses a registered command that is not disableable and names it, names a word that
 * is no command at all as unknown, and accepts a disableable command this bot does not have yet, so the setting is kept
 * for when it comes. A chat's settings come from a {@link PerChatCache}, forgotten after each change and on the
 * database's change notification, so an ordinary command costs no query.
 */
public final class DisablingModule implements BotModule, CommandGuard {

  public static final String NAME = "Disabling";

  /** The module's help text (listed in /help through {@code help.module.<name>}). */
  static final MessageKey HELP = MessageKey.of("help.module.disabling");
  static final MessageKey DISABLE_USAGE = MessageKey.of("disabling.disable_usage");
  static final MessageKey ENABLE_USAGE = MessageKey.of("disabling.enable_usage");
  static final MessageKey DISABLED_NOW = MessageKey.of("disabling.disabled_now");
  static final MessageKey ENABLED_NOW = MessageKey.of("disabling.enabled_now");
  static final MessageKey NOT_DISABLEABLE = MessageKey.of("disabling.not_disableable");
  static final MessageKey UNKNOWN = MessageKey.of("disabling.unknown");
  static final MessageKey DISABLEABLE = MessageKey.of("disabling.disableable");
  static final MessageKey DISABLED_LIST = MessageKey.of("disabling.disabled_list");
  static final MessageKey NONE_DISABLED = MessageKey.of("disabling.none_disabled");
  static final MessageKey DELETE_ON = MessageKey.of("disabling.delete_on");
  static final MessageKey DELETE_OFF = MessageKey.of("disabling.delete_off");
  static final MessageKey DELETE_IS_ON = MessageKey.of("disabling.delete_is_on");
  static final MessageKey DELETE_IS_OFF = MessageKey.of("disabling.delete_is_off");
  static final MessageKey DELETE_USAGE = MessageKey.of("disabling.delete_usage");

  private final DisableStore store;
  private final PerChatCache<DisabledCommands> settings;
  private volatile Set<String> registered = Set.of();

  public DisablingModule(DisableStore store) {
    this.store = Objects.requireNonNull(store, "store");
    this.settings = new PerChatCache<>(store::find);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void register(Registry registry) {
    registry.command(CommandSpec.of("disable", Gate.GROUP_ADMIN, ctx -> change(ctx, true)).connectable());
    registry.command(CommandSpec.of("enable", Gate.GROUP_ADMIN, ctx -> change(ctx, false)).connectable());
    registry.command(CommandSpec.of("disabledel", Gate.GROUP_ADMIN, this::deleteSwitch).connectable());
    registry.command(CommandSpec.of("disableable", Gate.ANYONE, this::disableable));
    registry.command(CommandSpec.of("disabled", Gate.GROUP, this::disabled).connectable());
    registry.settingsCache(settings);
    registry.guard(this);
  }

  // ------------------------------------------------------------------------------------------------ the guard

  @Override
  public Verdict forMembers(ChatId chat, String command) {
    if (!Disableable.ORIGINAL.contains(command)) {
      return Verdict.RUN; // no lookup at all for the commands that cannot be disabled
    }
    DisabledCommands s = settings.get(chat);
    if (!s.isDisabled(command)) {
      return Verdict.RUN;
    }
    return s.deleteCommands() ? Verdict.IGNORE_AND_DELETE : Verdict.IGNORE;
  }

  @Override
  public void registered(Set<String> commands) {
    this.registered = Set.copyOf(commands);
  }

  /** The chat's settings, from the cache. */
  public DisabledCommands settings(ChatId chat) {
    return settings.get(chat);
  }

  /** The disableable commands this bot has, sorted. */
  public List<String> disableableHere() {
    return Disableable.ORIGINAL.stream().filter(registered::contains).sorted().toList();
  }

  // ------------------------------------------------------------------------------------------------ commands

  /** /disable and /enable: checked and answered by {@link DisableChange}, as the console's form is. */
  private void change(CommandContext ctx, boolean disable) {
    ChatId chat = ctx.chat();
    DisableChange change = change(ctx);
    Commit commit = Commit.in(ctx.unitOfWork());
    String typed = ctx.command().argumentText();
    ChangeOutcome outcome = disable ? change.disable(chat, typed, commit) : change.enable(chat, typed, commit);
    if (outcome.applied()) {
      ctx.afterCommit(() -> settings.invalidate(chat));
    }
    outcome.replyTo(ctx);
  }

  /** /disabledel [on|off], through {@link DisableChange}; without an argument, shows the switch. */
  private void deleteSwitch(CommandContext ctx) {
    if (Words.splitFirst(ctx.command().argumentText()).first().isEmpty()) {
      ctx.reply(settings.get(ctx.chat()).deleteCommands() ? DELETE_IS_ON : DELETE_IS_OFF);
      return;
    }
    ChatId chat = ctx.chat();
    ChangeOutcome outcome = change(ctx).deleteCommands(chat, ctx.command().argumentText(), Commit.in(ctx.unitOfWork()));
    if (outcome.applied()) {
      ctx.afterCommit(() -> settings.invalidate(chat));
    }
    outcome.replyTo(ctx);
  }

  private DisableChange change(CommandContext ctx) {
    return new DisableChange(store, registered, ctx.messages());
  }

  private void disableable(CommandContext ctx) {
    ctx.reply(DISABLEABLE, "commands", disableableHere().stream().map(c -> "/" + c).collect(Collectors.joining("\n")));
  }

  private void disabled(CommandContext ctx) {
    Set<String> commands = settings.get(ctx.chat()).commands();
    if (commands.isEmpty()) {
      ctx.reply(NONE_DISABLED);
      return;
    }
    ctx.reply(DISABLED_LIST, "commands", commands.stream().map(c -> "/" + c).collect(Collectors.joining("\n")));
  }
}
