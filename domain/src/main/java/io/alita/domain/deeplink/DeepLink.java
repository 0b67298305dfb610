package io.alita.domain.deeplink;

import io.alita.domain.command.AsciiInteger;
import io.alita.domain.model.ChatId;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a {@code t.me/<bot>?start=<arg>} link asks for. Telegram only carries start parameters of 1 to 64 characters from
 * {@code A-Z a-z 0-9 _ -}; parsing accepts nothing else, and {@link #toStartArg()} is empty for a link that could not be
 * carried (for instance a note whose name has other characters), so the caller can fall back to {@code /get name}.
 *
 * <p>Chat links ({@code connect_}, {@code rules_}, {@code notes_}, {@code note_}) only ever point at groups, so a chat id
 * that is not negative is not a link. Parsing only reads the link: whether the user may connect or see an admin-only note
 * is checked by the handler, as for the equivalent command.
 */
public sealed interface DeepLink {

  /** Reads a start parameter; anything unrecognised or malformed is {@link None}, the plain start screen. */
  static DeepLink parse(String startArg) {
    if (startArg == null || !StartParameter.isValid(startArg)) {
      return new None();
    }
    if (startArg.equals("about")) {
      return new About();
    }
    if (startArg.startsWith("help_")) {
      String module = startArg.substring("help_".length());
      return module.isEmpty() ? new None() : new Help(module);
    }
    if (startArg.startsWith("connect_")) {
      return groupId(startArg.substring("connect_".length())).<DeepLink>map(Connect::new).orElseGet(None::new);
    }
    if (startArg.startsWith("rules_")) {
      return groupId(startArg.substring("rules_".length())).<DeepLink>map(Rules::new).orElseGet(None::new);
    }
    if (startArg.startsWith("notes_")) {
      return groupId(startArg.substring("notes_".length())).<DeepLink>map(Notes::new).orElseGet(None::new);
    }
    if (startArg.startsWith("note_")) {
      String rest = startArg.substring("note_".length());
      int separator = rest.indexOf('_');
      if (separator < 0 || separator == rest.length() - 1) {
        return new None();
      }
      String name = rest.substring(separator + 1);
      return groupId(rest.substring(0, separator)).<DeepLink>map(chat -> new Note(chat, name)).orElseGet(None::new);
    }
    return new None();
  }

  /** The start parameter that leads back to this link; empty for {@link None} and for links Telegram could not carry. */
  Optional<String> toStartArg();

  private static Optional<ChatId> groupId(String text) {
    OptionalLong id = AsciiInteger.parseSigned(text);
    return id.isPresent() && id.getAsLong() < 0 ? Optional.of(ChatId.of(id.getAsLong())) : Optional.empty();
  }

  private static Optional<String> carried(String startArg) {
    return StartParameter.isValid(startArg) ? Optional.of(startArg) : Optional.empty();
  }

  /** Open the help of one module, e.g. {@code help_bans}. The module is as written; the help registry resolves aliases. */
  record Help(String module) implements DeepLink {
    public Help {
      Objects.requireNonNull(module, "module");
      if (module.isEmpty()) {
        throw new IllegalArgumentException("help link needs a module name");
      }
    }

    @Override
    public Optional<String> toStartArg() {
      return carried("help_" + module);
    }
  }

  /** Show the about text. */
  record About() implements DeepLink {
    @Override
    public Optional<String> toStartArg() {
      return Optional.of("about");
    }
  }

  /** Connect the user's private chat to {@code chat}, under the same authorization as {@code /connect}. */
  record Connect(ChatId chat) implements DeepLink {
    public Connect {
      requireGroup(chat);
    }

    @Override
    public Optional<String> toStartArg() {
      return Optional.of("connect_" + chat.value());
    }
  }

  /** Show the rules of {@code chat}. */
  record Rules(ChatId chat) implements DeepLink {
    public Rules {
      requireGroup(chat);
    }

    @Override
    public Optional<String> toStartArg() {
      return Optional.of("rules_" + chat.value());
    }
  }

  /** List the notes of {@code chat}, admin-only notes hidden from non-admins. */
  record Notes(ChatId chat) implements DeepLink {
    public Notes {
      requireGroup(chat);
    }

    @Override
    public Optional<String> toStartArg() {
      return Optional.of("notes_" + chat.value());
    }
  }

  /** Send one note of {@code chat}; its admin-only flag is enforced by the handler. The name is as written in the link. */
  record Note(ChatId chat, String name) implements DeepLink {
    public Note {
      requireGroup(chat);
      Objects.requireNonNull(name, "name");
      if (name.isEmpty()) {
        throw new IllegalArgumentException("note link needs a note name");
      }
    }

    @Override
    public Optional<String> toStartArg() {
      return carried("note_" + chat.value() + "_" + name);
    }
  }

  /** No link, or one this bot does not know: the plain start screen. */
  record None() implements DeepLink {
    @Override
    public Optional<String> toStartArg() {
      return Optional.empty();
    }
  }

  private static void requireGroup(ChatId chat) {
    Objects.requireNonNull(chat, "chat");
    if (!chat.isGroupLike()) {
      throw new IllegalArgumentException("deep links point at groups, whose ids are negative; got " + chat);
    }
  }
}
