package io.alita.web.sandbox;

import io.alita.domain.console.ConsoleSession;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.sandbox.Persona;
import io.alita.domain.sandbox.Sandbox;
import io.alita.domain.sandbox.SandboxRequest;
import io.alita.domain.sandbox.SandboxResult;
import io.alita.web.ChatPicker;
import io.alita.web.Guard;
import io.alita.web.PageGroup;
import io.alita.web.Pages;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code /sandbox}: pick a chat, write a message as a member, an admin or a new member, and see what the bot would do
 * under that chat's real settings ({@link Sandbox}). The form is a POST because it carries a message, with the CSRF
 * token like every form, though it changes nothing. Chat viewers only; a group admin may try their own chats only.
 */
public final class SandboxPage implements PageGroup {

  /** A persona as the form offers it. */
  public record PersonaChoice(String word, String label) {}

  static final List<PersonaChoice> PERSONAS = List.of(
      new PersonaChoice(Persona.MEMBER.word(), "a member"),
      new PersonaChoice(Persona.ADMIN.word(), "an admin"),
      new PersonaChoice(Persona.NEW_MEMBER.word(), "a new member (joins first)"));

  private final Sandbox sandbox;
  private final ChatPicker chats;
  private final Messages messages;

  public SandboxPage(Sandbox sandbox, ChatPicker chats, Messages messages) {
    this.sandbox = Objects.requireNonNull(sandbox, "sandbox");
    this.chats = Objects.requireNonNull(chats, "chats");
    this.messages = Objects.requireNonNull(messages, "messages");
  }

  @Override
  public void register(JavalinConfig cfg, Guard guard) {
    cfg.routes.get("/sandbox", guard.chatViewer((ctx, session) -> show(ctx, session, guard)));
    cfg.routes.post("/sandbox", guard.form((ctx, session) -> run(ctx, session, guard)));
  }

  private void show(Context ctx, ConsoleSession session, Guard guard) {
    Optional<ChatId> chat = ChatPicker.parse(ctx.queryParam("chat"));
    chat.ifPresent(c -> guard.requireView(session, c));
    Map<String, Object> model = form(session, Optional.ofNullable(ctx.queryParam("search")).orElse(""));
    chosen(model, chat);
    Pages.render(ctx, "sandbox.html", session, model);
  }

  private void run(Context ctx, ConsoleSession session, Guard guard) {
    String text = Optional.ofNullable(ctx.formParam("text")).orElse("");
    String personaWord = Optional.ofNullable(ctx.formParam("persona")).orElse("");
    String repeatTyped = Optional.ofNullable(ctx.formParam("repeat")).orElse("").strip();
    Optional<ChatId> chat = ChatPicker.parse(ctx.formParam("chat"));
    chat.ifPresent(c -> guard.requireView(session, c));
    Map<String, Object> model = form(session, "");
    chosen(model, chat);
    model.put("persona", personaWord);
    model.put("text", text);
    model.put("repeat", repeatTyped);

    if (chat.isEmpty()) {
      refuse(ctx, session, model, "Pick the chat whose settings to try.");
      return;
    }
    Optional<Persona> persona = Persona.of(personaWord);
    if (persona.isEmpty()) {
      refuse(ctx, session, model, "Pick who writes: a member, an admin or a new member.");
      return;
    }
    Optional<Integer> repeat = whole(repeatTyped);
    if (repeat.isEmpty()) {
      refuse(ctx, session, model, "Send the message " + SandboxRequest.MIN_REPEAT + " to " + SandboxRequest.MAX_REPEAT
          + " times; “" + repeatTyped + "” is not a whole number.");
      return;
    }
    SandboxRequest request = new SandboxRequest(chat.get(), persona.get(), text, repeat.get());
    Optional<String> problem = request.problem(messages);
    if (problem.isPresent()) {
      refuse(ctx, session, model, problem.get());
      return;
    }
    SandboxResult result = sandbox.simulate(request);
    if (result instanceof SandboxResult.Simulated simulated) {
      model.put("ran", true);
      model.put("steps", simulated.steps());
      model.put("nothing", simulated.nothingWouldHappen());
      model.put("stoppedEarly", simulated.stoppedEarly().orElse(null));
    } else if (result instanceof SandboxResult.Rejected rejected) {
      model.put("problem", rejected.reason());
    }
    Pages.render(ctx, "sandbox.html", session, model);
  }

  /** The form again, with what was typed and why it cannot be tried. */
  private static void refuse(Context ctx, ConsoleSession session, Map<String, Object> model, String problem) {
    model.put("problem", problem);
    ctx.status(400);
    Pages.render(ctx, "sandbox.html", session, model);
  }

  /** Marks {@code chat} as chosen, adding it to the options when the select was cut before it. */
  private void chosen(Map<String, Object> model, Optional<ChatId> chat) {
    model.put("chat", chat.map(ChatId::toString).orElse(""));
    @SuppressWarnings("unchecked")
    List<ChatPicker.Choice> options = (List<ChatPicker.Choice>) model.get("choices");
    chat.filter(c -> options.stream().noneMatch(o -> o.id().equals(c.toString())))
        .ifPresent(c -> {
          List<ChatPicker.Choice> all = new ArrayList<>(options);
          all.add(0, new ChatPicker.Choice(c.toString(), chats.label(c)));
          model.put("choices", all);
        });
  }

  private Map<String, Object> form(ConsoleSession session, String search) {
    Map<String, Object> model = new HashMap<>();
    ChatPicker.Choices choices = chats.choices(session, search);
    model.put("choices", choices.options());
    model.put("cut", choices.cut());
    model.put("total", choices.total());
    model.put("search", search);
    model.put("seesAll", session.user().role().seesAllChats());
    model.put("personas", PERSONAS);
    model.put("persona", Persona.MEMBER.word());
    model.put("text", "");
    model.put("repeat", "1");
    model.put("minRepeat", SandboxRequest.MIN_REPEAT);
    model.put("maxRepeat", SandboxRequest.MAX_REPEAT);
    model.put("maxLength", SandboxRequest.MAX_TEXT_LENGTH);
    model.put("ran", false);
    model.put("steps", List.of());
    model.put("nothing", false);
    model.put("stoppedEarly", null);
    model.put("problem", null);
    return model;
  }

  private static Optional<Integer> whole(String typed) {
    if (!typed.matches("-?[0-9]{1,9}")) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(typed));
  }
}
