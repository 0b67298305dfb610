package io.alita.domain.command;

import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A command's argument text split into tokens, or the reason it could not be.
 *
 * <p>Rules, chosen so that ordinary chat text splits the way people expect:
 * <ul>
 *   <li>Tokens are separated by white space (see {@link Words#isSeparator}).</li>
 *   <li>A token that <em>starts</em> with {@code "} (or the typographic {@code “} that iOS substitutes) is quoted: it runs to the
 *       matching closing quote ({@code "}, or {@code ”}) that is followed by white space or the end of the text, so
 *       {@code "he said "hi" twice"} is one token. Inside quotes, {@code \"} is a literal quote and {@code \\} a backslash.</li>
 *   <li>Quotes anywhere else, and all single quotes, are plain characters: apostrophes ({@code don't}, {@code l'homme}) are too
 *       common in chat to be treated as quoting.</li>
 *   <li>Backslashes outside quotes are plain characters, so paths and patterns pass through untouched.</li>
 * </ul>
 */
public sealed interface Arguments {

  /** Splits {@code text} by the rules above; never throws for any input. */
  static Arguments tokenize(String text) {
    Objects.requireNonNull(text, "text");
    List<String> tokens = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (true) {
      i = Words.leadingSeparators(text, i);
      if (i == n) {
        return new Tokens(tokens);
      }
      char opener = text.charAt(i);
      Optional<Character> closer = closingQuoteFor(opener);
      if (closer.isEmpty()) {
        int end = i;
        while (end < n && !Words.isSeparator(text.charAt(end))) {
          end++;
        }
        tokens.add(text.substring(i, end));
        i = end;
        continue;
      }
      char close = closer.get();
      int openedAt = i;
      StringBuilder token = new StringBuilder();
      i++;
      while (true) {
        if (i == n) {
          return new UnterminatedQuote(opener, close, openedAt, text.substring(openedAt + 1));
        }
        char c = text.charAt(i);
        if (c == '\\' && i + 1 < n && (text.charAt(i + 1) == close || text.charAt(i + 1) == '\\')) {
          token.append(text.charAt(i + 1));
          i += 2;
        } else if (c == close && (i + 1 == n || Words.isSeparator(text.charAt(i + 1)))) {
          i++;
          break;
        } else {
          token.append(c);
          i++;
        }
      }
      tokens.add(token.toString());
    }
  }

  private static Optional<Character> closingQuoteFor(char opener) {
    switch (opener) {
      case '"':
        return Optional.of('"');
      case '\u201C':
        return Optional.of('\u201D');
      default:
        return Optional.empty();
    }
  }

  /** The argument text split into tokens; empty for text that is empty or blank. */
  record Tokens(List<String> values) implements Arguments {

    public Tokens {
      values = List.copyOf(values);
    }

    public boolean isEmpty() {
      return values.isEmpty();
    }

    public int size() {
      return values.size();
    }

    /** The token at {@code index}, if there are that many. */
    public Optional<String> get(int index) {
      return index >= 0 && index < values.size() ? Optional.of(values.get(index)) : Optional.empty();
    }

    public Optional<String> first() {
      return get(0);
    }
  }

  /**
   * A quoted token that never ends: its closing quote is missing, or is not followed by white space or the end.
   *
   * @param opener the quote that opened the token
   * @param expectedCloser the quote that would have closed it
   * @param offset where the opening quote is in the argument text, in UTF-16 code units
   * @param quotedText everything after the opening quote, for showing the user where the problem is
   */
  record UnterminatedQuote(char opener, char expectedCloser, int offset, String quotedText) implements Arguments {

    public static final MessageKey UNTERMINATED_QUOTE = MessageKey.of("command.unterminated_quote");
    private static final int EXCERPT = 30;

    /** A reply the user can act on, as Telegram HTML. */
    public String message(Messages messages) {
      String excerpt = quotedText.length() > EXCERPT ? quotedText.substring(0, EXCERPT) + "…" : quotedText;
      return messages.html(UNTERMINATED_QUOTE, "opener", String.valueOf(opener), "excerpt", excerpt,
          "closer", String.valueOf(expectedCloser));
    }
  }
}
