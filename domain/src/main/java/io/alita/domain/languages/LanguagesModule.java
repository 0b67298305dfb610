package io.alita.domain.languages;

import io.alita.domain.settings.Commit;

import io.alita.domain.action.Button;
import io.alita.domain.action.Keyboard;
import io.alita.domain.cache.PerChatCache;
import io.alita.domain.callback.CallbackData;
import io.alita.domain.callback.CallbackNamespace;
import io.alita.domain.dispatch.BotModule;
import io.alita.domain.dispatch.ButtonContext;
import io.alita.domain.dispatch.ChatLanguages;
import io.alita.domain.dispatch.CommandContext;
import io.alita.domain.dispatch.CommandSpec;
import io.alita.domain.dispatch.Gate;
import io.alita.domain.dispatch.Registry;
import io.alita.domain.i18n.LanguageStore;
import io.alita.domain.i18n.Languages;
import io.alita.domain.i18n.Languages.Language;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.AdminCache;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The language the bot answers in. {@code /lang} shows the available languages as buttons; {@code /lang <code>} sets
 * one at once. In a private chat anyone sets their own language; in a group an admin (an anonymous admin too) sets the
 * group's. Every event is then answered in the language of the chat it is answered in ({@link #languages}): cached per
 * chat, so an ordinary message costs no query, and forgotten when it changes (here, or by the console through the
 * database's change notifications).
 */
public final class LanguagesModule implements BotModule {

  public static final String NAME = "Languages";
  static final MessageKey CHOOSE_PRIVATE = MessageKey.of("languages.choose_private");
  static final MessageKey CHOOSE_GROUP = MessageKey.of("languages.choose_group");
  static final MessageKey SET_PRIVATE = MessageKey.of("languages.set_private");
  static final MessageKey SET_GROUP = MessageKey.of("languages.set_group");
  static final MessageKey UNKNOWN = MessageKey.of("languages.unknown");
  static final MessageKey ADMINS_ONLY = MessageKey.of("languages.admins_only");

  private final LanguageStore store;
  private final AdminCache admins;
  /** A chat's language code, by the chat answered in; a private chat's id is its user's. */
  private final PerChatCache<String> codes;
  private final GroupLanguageChange groupChange;

  public LanguagesModule(LanguageStore store, AdminCache admins) {
    this.store = Objects.requireNonNull(store, "store");
    this.admins = Objects.requireNonNull(admins, "admins");
    this.codes = new PerChatCache<>(this::load);
    this.groupChange = new GroupLanguageChange(store);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void register(Registry registry) {
    registry.command(CommandSpec.of("lang", Gate.ANYONE, this::lang).alsoNamed("language"));
    registry.button(CallbackNamespace.CHANGE_LANGUAGE, Gate.ANYONE, this::pressed);
    registry.settingsCache(codes);
    registry.chatLanguages(languages());
  }

  /** The texts of the chat an event is answered in, from the cache. */
  public ChatLanguages languages() {
    return chat -> Messages.forLanguage(codes.get(chat));
  }

  private String load(ChatId chat) {
    Optional<String> stored = isPrivate(chat) ? store.userLanguage(UserId.of(chat.value())) : store.chatLanguage(chat);
    return Languages.orEnglish(stored.orElse(Messages.DEFAULT_LANGUAGE));
  }

  private static boolean isPrivate(ChatId chat) {
    return chat.value() > 0; // Telegram's user ids (and so private chats) are positive, groups and channels negative
  }

  private void lang(CommandContext ctx) {
    boolean group = !isPrivate(ctx.chat());
    if (group && !isAdmin(ctx.chat(), ctx.actor().id())) {
      ctx.reply(ADMINS_ONLY);
      return;
    }
    String arg = ctx.command().argumentText().trim();
    if (arg.isEmpty()) {
      Language current = Languages.find(ctx.messages().language()).orElse(Languages.ALL.get(0));
      ctx.replyHtml(ctx.text(group ? CHOOSE_GROUP : CHOOSE_PRIVATE, "language", current.nativeName()), keyboard());
      return;
    }
    Optional<Language> chosen = Languages.find(arg);
    if (chosen.isEmpty()) {
      ctx.reply(UNKNOWN, "input", arg, "codes", codes());
      return;
    }
    Messages now = set(ctx, ctx.targetChat(), ctx.actor(), chosen.get());
    ctx.replyHtml(now.html(group ? SET_GROUP : SET_PRIVATE, "language", chosen.get().nativeName()), Keyboard.NONE);
  }

  private void pressed(ButtonContext ctx) {
    Optional<Language> chosen = ctx.data().field("l").flatMap(Languages::find);
    if (chosen.isEmpty()) {
      ctx.answer(UNKNOWN, true, "input", ctx.data().field("l").orElse(""), "codes", codes());
      return;
    }
    SeenChat chat = ctx.press().chat();
    boolean group = !isPrivate(chat.id());
    if (group && !isAdmin(chat.id(), ctx.press().from().id())) {
      ctx.answer(ADMINS_ONLY, true);
      return;
    }
    Messages now = set(ctx, chat, ctx.press().from(), chosen.get());
    ctx.answer(group ? SET_GROUP : SET_PRIVATE, false, "language", chosen.get().nativeName());
    ctx.edit(now.html(group ? SET_GROUP : SET_PRIVATE, "language", chosen.get().nativeName()), Keyboard.NONE);
  }

  /** Saves the choice in the event's transaction; the cache forgets the chat once it commits. The new texts. */
  private Messages set(io.alita.domain.dispatch.HandlingContext ctx, SeenChat chat, SeenUser user, Language chosen) {
    if (isPrivate(chat.id())) {
      ctx.write(() -> store.setUserLanguage(user, chosen.code()));
    } else {
      groupChange.set(chat, chosen.code(), Messages.forLanguage(chosen.code()), Commit.in(ctx.unitOfWork()));
    }
    ctx.afterCommit(() -> codes.invalidate(chat.id()));
    return Messages.forLanguage(chosen.code());
  }

  private boolean isAdmin(ChatId chat, UserId user) {
    // a command sent as the group (an anonymous admin) can only come from an admin
    return user.isAnonymousAdminProxy() || admins.admin(chat, user).isPresent();
  }

  /** One button per available language, two to a row, labelled in the language itself. */
  static Keyboard keyboard() {
    List<List<Button>> rows = new ArrayList<>();
    List<Button> row = new ArrayList<>();
    for (Language l : Languages.available()) {
      row.add(Button.Callback.of(l.nativeName(), CallbackData.of(CallbackNamespace.CHANGE_LANGUAGE).with("l", l.code())));
      if (row.size() == 2) {
        rows.add(List.copyOf(row));
        row.clear();
      }
    }
    if (!row.isEmpty()) {
      rows.add(List.copyOf(row));
    }
    return new Keyboard(rows);
  }

  private static String codes() {
    return GroupLanguageChange.codes();
  }
}
