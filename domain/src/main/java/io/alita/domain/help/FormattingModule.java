package io.alita.domain.help;

import io.alita.domain.action.Button;
import io.alita.domain.action.Keyboard;
import io.alita.domain.callback.CallbackData;
import io.alita.domain.callback.CallbackNamespace;
import io.alita.domain.dispatch.BotModule;
import io.alita.domain.dispatch.ButtonContext;
import io.alita.domain.dispatch.CommandContext;
import io.alita.domain.dispatch.CommandSpec;
import io.alita.domain.dispatch.Gate;
import io.alita.domain.dispatch.Registry;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import java.util.Arrays;
import java.util.Optional;

/**
 * {@code /markdownhelp} and {@code /formatting}: how to write the texts the bot stores (notes, filters, welcomes,
 * rules) for {@link io.alita.domain.format.MessageFormatter}, on four pages (Markdown, Fillings, Buttons, Random
 * replies) with buttons that switch to the other pages ({@code formatting|v1|p=<page>}). Answered where it is asked, in a
 * group too: the page is short, the buttons edit it in place, and whoever asks is usually about to write such a text
 * in that very chat.
 */
public final class FormattingModule implements BotModule {

  static final MessageKey MARKDOWN = MessageKey.of("formatting.markdown");
  static final MessageKey FILLINGS = MessageKey.of("formatting.fillings");
  static final MessageKey BUTTONS = MessageKey.of("formatting.buttons");
  static final MessageKey RANDOM = MessageKey.of("formatting.random");
  static final MessageKey MARKDOWN_BUTTON = MessageKey.of("formatting.markdown_button");
  static final MessageKey FILLINGS_BUTTON = MessageKey.of("formatting.fillings_button");
  static final MessageKey BUTTONS_BUTTON = MessageKey.of("formatting.buttons_button");
  static final MessageKey RANDOM_BUTTON = MessageKey.of("formatting.random_button");

  /** The pages, in the order of their buttons. */
  enum Page {
    MARKDOWN("md", FormattingModule.MARKDOWN, MARKDOWN_BUTTON),
    FILLINGS("fill", FormattingModule.FILLINGS, FILLINGS_BUTTON),
    BUTTONS("btn", FormattingModule.BUTTONS, BUTTONS_BUTTON),
    RANDOM("rnd", FormattingModule.RANDOM, RANDOM_BUTTON);

    final String id;
    final MessageKey text;
    final MessageKey label;

    Page(String id, MessageKey text, MessageKey label) {
      this.id = id;
      this.text = text;
      this.label = label;
    }

    static Optional<Page> of(String id) {
      return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }
  }

  @Override
  public String name() {
    return "Formatting";
  }

  @Override
  public void register(Registry registry) {
    registry.command(CommandSpec.of("markdownhelp", Gate.ANYONE, this::show).alsoNamed("formatting"));
    registry.button(CallbackNamespace.FORMATTING, this::pressed);
  }

  private void show(CommandContext ctx) {
    ctx.replyHtml(ctx.text(Page.MARKDOWN.text), keyboard(ctx.messages(), Page.MARKDOWN));
  }

  private void pressed(ButtonContext ctx) {
    Optional<Page> page = ctx.data().field("p").flatMap(Page::of);
    if (page.isEmpty()) {
      return; // the dispatcher answers the press silently
    }
    ctx.edit(ctx.messages().html(page.get().text), keyboard(ctx.messages(), page.get()));
  }

  /**
   * One button for each of the other pages (a button for the page shown would edit the message into itself, which
   * Telegram refuses).
   */
  static Keyboard keyboard(Messages messages, Page shown) {
    return Keyboard.row(Arrays.stream(Page.values()).filter(p -> p != shown)
        .map(p -> Button.Callback.of(messages.plain(p.label),
            CallbackData.of(CallbackNamespace.FORMATTING).with("p", p.id)))
        .toArray(Button[]::new));
  }
}
