package io.alita.domain.help;

import io.alita.domain.action.Button;
import io.alita.domain.action.Keyboard;
import io.alita.domain.callback.CallbackData;
import io.alita.domain.callback.CallbackNamespace;
import io.alita.domain.command.Words;
import io.alita.domain.deeplink.DeepLink;
import io.alita.domain.dispatch.BotModule;
import io.alita.domain.dispatch.ButtonContext;
import io.alita.domain.dispatch.CommandContext;
import io.alita.domain.dispatch.CommandSpec;
import io.alita.domain.dispatch.Gate;
import io.alita.domain.dispatch.Registry;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.notes.PrivateNotes;
import io.alita.domain.permission.BotIdentity;
import io.alita.domain.rules.PrivateRules;
import io.alita.domain.rules.RulesView;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * {@code /start} and {@code /help}.
 *
 * <p>In private, {@code /start} shows the start screen, or follows its deep link: {@code rules_<chat>} shows that
 * chat's rules, {@code connect_<chat>} connects to that chat (exactly as {@code /connect <chat>}), {@code notes_<chat>}
 * that chat's notes, {@code note_<chat>_<name>} one of them (see
 * {@link PrivateNotes}), {@code help_<module>} that module's help (by name or alias, {@link HelpTopics}), {@code about}
 * the about text; every other link falls back to the start screen. {@code /about} and {@code /donate} work anywhere. In a group it
 * answers with a button that opens a private chat with the bot.
 *
 * <p>{@code /help} in private shows the menu of modules as buttons ({@code helpq|v1|m=<module>}), or the help of the
 * module it names; in a group, a button that opens that help in private. The menu lists the modules that have a help
 * text ({@link HelpTopics}); this module has none, so it is not listed.
 */
public final class HelpModule implements BotModule {

  /** The module's name. */
  public static final String NAME = "Help";

  static final MessageKey START = MessageKey.of("help.start");
  static final MessageKey ADD_TO_GROUP = MessageKey.of("help.add_to_group");
  static final MessageKey HELP_BUTTON = MessageKey.of("help.help_button");
  static final MessageKey GROUP_START = MessageKey.of("help.group_start");
  static final MessageKey PM_BUTTON = MessageKey.of("help.pm_button");
  static final MessageKey MENU = MessageKey.of("help.menu");
  static final MessageKey BACK = MessageKey.of("help.back");
  static final MessageKey GROUP_HELP = MessageKey.of("help.group_help");
  static final MessageKey GROUP_MODULE_HELP = MessageKey.of("help.group_module_help");
  static final MessageKey UNKNOWN_MODULE = MessageKey.of("help.unknown_module");
  static final MessageKey ABOUT = MessageKey.of("help.about");
  static final MessageKey ABOUT_BUTTON = MessageKey.of("help.about_button");
  static final MessageKey DONATE = MessageKey.of("help.donate");

  /** The deep link that opens the menu: "help" names no module, so it lands there. */
  private static final String MENU_START_ARG = "help_help";
  private static final String MODULE_FIELD = "m";
  /** A press that opens a page rather than a module: {@code helpq|v1|p=about}. */
  private static final String PAGE_FIELD = "p";
  private static final String ABOUT_PAGE = "about";
  private static final int BUTTONS_PER_ROW = 3;

  private final HelpTopics topics;
  private final PrivateRules rules;
  private final PrivateNotes notes;
  private final String botUsername;
  private final BiConsumer<CommandContext, ChatId> connect;

  public HelpModule(HelpTopics topics, PrivateRules rules, PrivateNotes notes, BotIdentity bot) {
    this(topics, rules, notes, bot, null);
  }

  /**
   * @param connect follows a {@code connect_<chat>} link, under the same authorization as {@code /connect}; without
   *     it (null) the link shows the start screen
   */
  public HelpModule(HelpTopics topics, PrivateRules rules, PrivateNotes notes, BotIdentity bot,
      BiConsumer<CommandContext, ChatId> connect) {
    this.connect = connect;
    this.topics = Objects.requireNonNull(topics, "topics");
    this.rules = Objects.requireNonNull(rules, "rules");
    this.notes = Objects.requireNonNull(notes, "notes");
    String username = Objects.requireNonNull(bot, "bot").username();
    this.botUsername = username.startsWith("@") ? username.substring(1) : username;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void register(Registry registry) {
    registry.command(CommandSpec.of("start", Gate.ANYONE, this::start));
    registry.command(CommandSpec.of("help", Gate.ANYONE, this::help));
    registry.command(CommandSpec.of("about", Gate.ANYONE, this::about));
    registry.command(CommandSpec.of("donate", Gate.ANYONE, this::donate));
    registry.button(CallbackNamespace.HELPQ, this::pressed);
  }

  private void start(CommandContext ctx) {
    if (!ctx.message().isPrivate()) {
      ctx.replyHtml(ctx.text(GROUP_START), Keyboard.row(new Button.Url(ctx.messages().plain(PM_BUTTON), botLink())));
      return;
    }
    DeepLink link = DeepLink.parse(Words.splitFirst(ctx.command().argumentText()).first());
    if (link instanceof DeepLink.Rules r) {
      RulesView.Shown shown = rules.show(r.chat(), ctx.actor(), ctx.messages());
      ctx.replyHtml(shown.html(), shown.keyboard());
    } else if (link instanceof DeepLink.Notes n) {
      notes.list(ctx, n.chat());
    } else if (link instanceof DeepLink.Note n) {
      notes.send(ctx, n.chat(), n.name());
    } else if (link instanceof DeepLink.About) {
      Page page = aboutPage(ctx.messages());
      ctx.replyHtml(page.html(), page.keyboard());
    } else if (link instanceof DeepLink.Connect c && connect != null) {
      connect.accept(ctx, c.chat());
    } else if (link instanceof DeepLink.Help h) {
      Page page = topics.find(h.module()).map(t -> topic(t, ctx.messages())).orElseGet(() -> menu(ctx.messages()));
      ctx.replyHtml(page.html(), page.keyboard());
    } else {
      ctx.replyHtml(ctx.text(START, "name", ctx.actor().firstName(), "bot", "@" + botUsername),
          Keyboard.row(new Button.Url(ctx.messages().plain(ADD_TO_GROUP), botLink() + "?startgroup=true"))
              .plusRow(Button.Callback.of(ctx.messages().plain(HELP_BUTTON), CallbackData.of(CallbackNamespace.HELPQ)),
                  Button.Callback.of(ctx.messages().plain(ABOUT_BUTTON),
                      CallbackData.of(CallbackNamespace.HELPQ).with(PAGE_FIELD, ABOUT_PAGE))));
    }
  }

  /** What this bot is; anywhere, since it names no chat. */
  private void about(CommandContext ctx) {
    ctx.reply(ABOUT, "bot", "@" + botUsername);
  }

  private void donate(CommandContext ctx) {
    ctx.reply(DONATE, "bot", "@" + botUsername);
  }

  private void help(CommandContext ctx) {
    String wanted = Words.splitFirst(ctx.command().argumentText()).first();
    Optional<HelpTopics.Topic> topic = wanted.isEmpty() ? Optional.empty() : topics.find(wanted);
    if (!ctx.message().isPrivate()) {
      String startArg = topic.flatMap(t -> new DeepLink.Help(t.name()).toStartArg()).orElse(MENU_START_ARG);
      String html = topic.map(t -> ctx.text(GROUP_MODULE_HELP, "module", t.name())).orElseGet(() -> ctx.text(GROUP_HELP));
      ctx.replyHtml(html, Keyboard.row(new Button.Url(ctx.messages().plain(HELP_BUTTON), botLink() + "?start=" + startArg)));
      return;
    }
    if (topic.isPresent()) {
      Page page = topic(topic.get(), ctx.messages());
      ctx.replyHtml(page.html(), page.keyboard());
    } else if (wanted.isEmpty()) {
      Page page = menu(ctx.messages());
      ctx.replyHtml(page.html(), page.keyboard());
    } else {
      ctx.replyHtml(ctx.text(UNKNOWN_MODULE, "module", wanted), menu(ctx.messages()).keyboard());
    }
  }

  /** A press on the menu opens a module's help; "Back" (no module) and a module no longer listed show the menu. */
  private void pressed(ButtonContext ctx) {
    if (ctx.data().field(PAGE_FIELD).filter(ABOUT_PAGE::equals).isPresent()) {
      Page page = aboutPage(ctx.messages());
      ctx.edit(page.html(), page.keyboard());
      return;
    }
    Page page = ctx.data().field(MODULE_FIELD).flatMap(topics::find)
        .map(t -> topic(t, ctx.messages()))
        .orElseGet(() -> menu(ctx.messages()));
    ctx.edit(page.html(), page.keyboard());
  }

  private record Page(String html, Keyboard keyboard) {}

  private Page menu(Messages messages) {
    List<List<Button>> rows = new ArrayList<>();
    List<Button> row = new ArrayList<>();
    for (HelpTopics.Topic topic : topics.listed()) {
      row.add(Button.Callback.of(topic.name(), CallbackData.of(CallbackNamespace.HELPQ).with(MODULE_FIELD, topic.name())));
      if (row.size() == BUTTONS_PER_ROW) {
        rows.add(row);
        row = new ArrayList<>();
      }
    }
    rows.add(row);
    return new Page(messages.html(MENU), new Keyboard(rows));
  }

  /** The about text, with a button to the help menu. */
  private Page aboutPage(Messages messages) {
    return new Page(messages.html(ABOUT, "bot", "@" + botUsername),
        Keyboard.row(Button.Callback.of(messages.plain(HELP_BUTTON), CallbackData.of(CallbackNamespace.HELPQ))));
  }

  private static Page topic(HelpTopics.Topic topic, Messages messages) {
    return new Page(messages.html(topic.text()),
        Keyboard.row(Button.Callback.of(messages.plain(BACK), CallbackData.of(CallbackNamespace.HELPQ))));
  }

  private String botLink() {
    return "https://t.me/" + botUsername;
  }
}
