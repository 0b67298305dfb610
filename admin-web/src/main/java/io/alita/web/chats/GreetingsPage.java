package io.alita.web.chats;

import io.alita.domain.console.ChatSummary;
import io.alita.domain.console.ConsoleSession;
import io.alita.domain.content.ContentCapture;
import io.alita.domain.content.StoredContent;
import io.alita.domain.format.FormattedMessage;
import io.alita.domain.greetings.Greeting;
import io.alita.domain.greetings.GreetingKind;
import io.alita.domain.greetings.GreetingSwitch;
import io.alita.domain.greetings.GreetingsEdit;
import io.alita.domain.greetings.GreetingsSettings;
import io.alita.web.ConsoleError;
import io.alita.web.Pages;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /chats/{id}/greetings}: the welcome and the goodbye (the text as typed, or {@code media: <type>} with its
 * caption for one set from a file in Telegram), and the six switches, in one form with Preview (renders the typed
 * texts for a sample member, nothing saved) and Save (all or nothing, through {@link GreetingsEdit#save}); and a
 * Reset button per greeting. A media greeting's text is not edited here: it can be reset, or set again in Telegram.
 * Only what differs from the stored settings is written, so the notice and the audit log name what changed.
 */
final class GreetingsPage {

  /** A switch of the form: its field name (the command's), what it is called, and "on" or "off". */
  public record SwitchRow(String name, String label, String value) {}

  /** A button below a previewed greeting. */
  public record PreviewButton(String text, String target) {}

  /**
   * A greeting's preview: the message as the bot would send it, or why it would be refused.
   *
   * @param html Telegram HTML from the formatter (every character of the greeting is escaped in it)
   */
  public record PreviewView(String html, List<PreviewButton> buttons, String problem) {
    static PreviewView of(FormattedMessage message) {
      return new PreviewView(message.html(), message.buttons().rows().stream().flatMap(List::stream)
          .map(b -> new PreviewButton(b.text(), b.url())).toList(), "");
    }

    static PreviewView refused(String problem) {
      return new PreviewView("", List.of(), problem);
    }
  }

  /**
   * One of the two greetings as the page shows it.
   *
   * @param kind {@code welcome} or {@code goodbye}: its text field is {@code <kind>_text}, its reset form sends it
   * @param type {@code text}, or the file's type ({@code animation}, {@code photo}, ...) for a media greeting
   * @param text the text in the form (as typed, or stored), or a media greeting's caption (shown, not edited)
   * @param on whether it is sent, as the form holds it
   */
  public record GreetingRow(String kind, String title, String type, boolean media, String text, boolean on,
      PreviewView preview) {}

  private final GreetingPages.Ports ports;
  private final ChatLookup lookup;
  private final Notice notice;

  GreetingsPage(GreetingPages.Ports ports, ChatLookup lookup, Notice notice) {
    this.ports = ports;
    this.lookup = lookup;
    this.notice = notice;
  }

  void show(Context ctx, ConsoleSession session) {
    ChatSummary chat = lookup.forView(ctx, session);
    GreetingsSettings settings = ports.edit().current(chat.id());
    Map<String, Object> model = model(chat, settings, Typed.stored(settings), false);
    notice.take(ctx).ifPresent(n -> model.put("notice", n));
    Pages.render(ctx, "chat-greetings.html", session, model);
  }

  void save(Context ctx, ConsoleSession session) {
    String action = field(ctx, "do");
    switch (action) {
      case "preview" -> {
        ChatSummary chat = lookup.forView(ctx, session);
        GreetingsSettings settings = ports.edit().current(chat.id());
        Typed typed = Typed.read(ctx, settings);
        Map<String, Object> model = model(chat, settings, typed, true);
        List<String> problems = problems(model);
        if (!problems.isEmpty()) {
          model.put("problems", problems);
          ctx.status(400);
        }
        Pages.render(ctx, "chat-greetings.html", session, model);
      }
      case "save" -> {
        ChatSummary chat = lookup.forChange(ctx, session);
        GreetingsSettings settings = ports.edit().current(chat.id());
        Typed typed = Typed.read(ctx, settings);
        GreetingsEdit.FormOutcome outcome = ports.edit().save(chat.chat(), typed.changesFrom(settings),
            lookup.commitAs(session));
        if (outcome.saved()) {
          notice.redirect(ctx, ChatView.of(chat).path() + "/greetings", outcome.confirmation());
          return;
        }
        // Shown again as typed, each greeting's preview saying what is wrong with it.
        Map<String, Object> model = model(chat, settings, typed, true);
        model.put("problems", outcome.refusals());
        ctx.status(400);
        Pages.render(ctx, "chat-greetings.html", session, model);
      }
      default -> {
        lookup.forView(ctx, session);
        throw ConsoleError.badRequest("Use the form's Preview or Save button.");
      }
    }
  }

  void reset(Context ctx, ConsoleSession session) {
    ChatSummary chat = lookup.forChange(ctx, session);
    GreetingKind kind = switch (field(ctx, "kind")) {
      case "welcome" -> GreetingKind.WELCOME;
      case "goodbye" -> GreetingKind.GOODBYE;
      default -> throw ConsoleError.badRequest("Use a Reset button of the page.");
    };
    String confirmation = ports.edit().reset(chat.chat(), kind, lookup.commitAs(session)).text();
    notice.redirect(ctx, ChatView.of(chat).path() + "/greetings", confirmation);
  }

  /**
   * What the form holds: the typed text of each text greeting and every switch's value.
   *
   * @param texts only for greetings that are text (a media greeting's file is not edited here)
   */
  private record Typed(Map<GreetingKind, String> texts, Map<GreetingSwitch, Boolean> switches) {

    static Typed stored(GreetingsSettings settings) {
      Map<GreetingKind, String> texts = new EnumMap<>(GreetingKind.class);
      for (GreetingKind kind : GreetingKind.values()) {
        StoredContent content = settings.greeting(kind).content();
        if (!content.type().isMedia()) {
          texts.put(kind, content.noformat());
        }
      }
      Map<GreetingSwitch, Boolean> switches = new EnumMap<>(GreetingSwitch.class);
      for (GreetingSwitch which : GreetingSwitch.values()) {
        switches.put(which, which.in(settings));
      }
      return new Typed(texts, switches);
    }

    /** The form as sent; a switch left out keeps its value, a text field left out keeps its text. */
    static Typed read(Context ctx, GreetingsSettings settings) {
      Typed stored = stored(settings);
      Map<GreetingKind, String> texts = new EnumMap<>(GreetingKind.class);
      stored.texts().forEach((kind, text) -> {
        String typed = ctx.formParam(name(kind) + "_text");
        // Browsers send a textarea's line breaks as CRLF; the bot's commands never have a CR.
        texts.put(kind, typed == null ? text : typed.replace("\r\n", "\n").replace('\r', '\n'));
      });
      Map<GreetingSwitch, Boolean> switches = new EnumMap<>(GreetingSwitch.class);
      for (GreetingSwitch which : GreetingSwitch.values()) {
        String typed = ctx.formParam(which.command());
        if (typed == null) {
          switches.put(which, stored.switches().get(which));
        } else {
          switches.put(which, GreetingsEdit.onOff(typed)
              .orElseThrow(() -> ConsoleError.badRequest("Each switch of the form is on or off.")));
        }
      }
      return new Typed(texts, switches);
    }

    /** The use case's form: only the texts and switches that differ from {@code settings}. */
    GreetingsEdit.Form changesFrom(GreetingsSettings settings) {
      Map<GreetingSwitch, Boolean> changed = new EnumMap<>(GreetingSwitch.class);
      switches.forEach((which, on) -> {
        if (which.in(settings) != on) {
          changed.put(which, on);
        }
      });
      return new GreetingsEdit.Form(changedText(GreetingKind.WELCOME, settings),
          changedText(GreetingKind.GOODBYE, settings), changed);
    }

    private Optional<String> changedText(GreetingKind kind, GreetingsSettings settings) {
      String typed = texts.get(kind);
      // Unchanged when it would store what is stored (buttons are kept apart, and shown with their full address).
      if (typed == null || ContentCapture.from(typed, Optional.empty())
          .equals(Optional.of(settings.greeting(kind).content()))) {
        return Optional.empty();
      }
      return Optional.of(typed);
    }
  }

  /**
   * The page's model: both greetings with a preview each (of the typed texts when {@code typedPreview}, else of what
   * is stored), and the switches as {@code typed} holds them.
   */
  private Map<String, Object> model(ChatSummary chat, GreetingsSettings settings, Typed typed, boolean typedPreview) {
    List<GreetingRow> greetings = new ArrayList<>();
    for (GreetingKind kind : GreetingKind.values()) {
      greetings.add(row(chat, kind, settings.greeting(kind), typed, typedPreview));
    }
    List<SwitchRow> switches = new ArrayList<>();
    for (GreetingSwitch which : GreetingSwitch.values()) {
      switches.add(new SwitchRow(which.command(), ports.messages().plain(which.label()),
          typed.switches().get(which) ? "on" : "off"));
    }
    Map<String, Object> model = new HashMap<>();
    model.put("chat", ChatView.of(chat));
    model.put("active", "greetings");
    model.put("greetings", greetings);
    model.put("switches", switches);
    model.put("typedPreview", typedPreview);
    return model;
  }

  private GreetingRow row(ChatSummary chat, GreetingKind kind, Greeting greeting, Typed typed, boolean typedPreview) {
    StoredContent content = greeting.content();
    String title = kind == GreetingKind.WELCOME ? "Welcome" : "Goodbye";
    // Whether it is sent, as the form holds it (what is stored, or what was just typed).
    boolean on = typed.switches().get(kind == GreetingKind.WELCOME ? GreetingSwitch.WELCOME : GreetingSwitch.GOODBYE);
    if (content.type().isMedia()) {
      String type = content.type().name().toLowerCase(Locale.ROOT).replace('_', ' ');
      return new GreetingRow(name(kind), title, type, true, content.noformat(), on,
          PreviewView.of(ports.edit().preview(chat.chat(), content, FiltersPage.SAMPLE_MEMBER)));
    }
    String text = typed.texts().get(kind);
    PreviewView preview;
    if (typedPreview) {
      GreetingsEdit.Preview p = ports.edit().preview(chat.chat(), kind, text, FiltersPage.SAMPLE_MEMBER);
      preview = p instanceof GreetingsEdit.Preview.Shown shown ? PreviewView.of(shown.message())
          : PreviewView.refused(((GreetingsEdit.Preview.Refused) p).text());
    } else {
      preview = PreviewView.of(ports.edit().preview(chat.chat(), content, FiltersPage.SAMPLE_MEMBER));
    }
    return new GreetingRow(name(kind), title, "text", false, text, on, preview);
  }

  /** The refusals of the model's previews, each named after its greeting. */
  @SuppressWarnings("unchecked")
  private static List<String> problems(Map<String, Object> model) {
    return ((List<GreetingRow>) model.get("greetings")).stream().filter(g -> !g.preview().problem().isEmpty())
        .map(g -> g.title() + ": " + g.preview().problem()).toList();
  }

  private static String name(GreetingKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  private static String field(Context ctx, String name) {
    String value = ctx.formParam(name);
    return value == null ? "" : value;
  }
}
