package io.alita.domain.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArgumentsTest {

  private static List<String> tokens(String text) {
    Arguments result = Arguments.tokenize(text);
    return assertInstanceOf(Arguments.Tokens.class, result, () -> "expected tokens for " + text + " but got " + result).values();
  }

  private static Arguments.UnterminatedQuote unterminated(String text) {
    return assertInstanceOf(Arguments.UnterminatedQuote.class, Arguments.tokenize(text));
  }

  @Test
  void emptyTextHasNoTokens() {
    assertEquals(List.of(), tokens(""));
  }

  @Test
  void blankTextHasNoTokens() {
    assertEquals(List.of(), tokens("  \n\t\u00A0 "));
  }

  @Test
  void wordsAreSplitOnAnyRunOfWhiteSpace() {
    assertEquals(List.of("lock", "sticker", "gif", "url"), tokens("lock  sticker\ngif\t\turl"));
  }

  @Test
  void leadingAndTrailingWhiteSpaceMakeNoEmptyTokens() {
    assertEquals(List.of("a", "b"), tokens("  a b  \n"));
  }

  @Test
  void doubleQuotedWordsAreOneToken() {
    assertEquals(List.of("hello there", "reply"), tokens("\"hello there\" reply"));
  }

  @Test
  void quotedTokenKeepsInnerSpacesAndNewlinesExactly() {
    assertEquals(List.of("a  b\nc"), tokens("\"a  b\nc\""));
  }

  @Test
  void typographicQuotesFromPhoneKeyboardsQuoteToo() {
    // iOS "smart punctuation" turns "..." into “...” as the user types.
    assertEquals(List.of("hello there", "reply"), tokens("\u201Chello there\u201D reply"));
  }

  @Test
  void typographicOpeningQuoteIsClosedOnlyByTypographicClosingQuote() {
    assertEquals(List.of("a\" b"), tokens("\u201Ca\" b\u201D"));
  }

  @Test
  void escapedQuoteInsideQuotesIsALiteralQuote() {
    assertEquals(List.of("say \"hi\" now"), tokens("\"say \\\"hi\\\" now\""));
  }

  @Test
  void escapedBackslashInsideQuotesIsOneBackslash() {
    assertEquals(List.of("C:\\"), tokens("\"C:\\\\\""));
  }

  @Test
  void backslashBeforeAnOrdinaryCharacterInsideQuotesIsKept() {
    assertEquals(List.of("a\\nb"), tokens("\"a\\nb\""));
  }

  @Test
  void backslashesOutsideQuotesAreLiteral() {
    assertEquals(List.of("C:\\path\\", "\\\"x"), tokens("C:\\path\\ \\\"x"));
  }

  @Test
  void quoteNotFollowedBySpaceDoesNotCloseSoInnerQuotesNeedNoEscaping() {
    assertEquals(List.of("he said \"hi\"", "loudly"), tokens("\"he said \"hi\"\" loudly"));
  }

  @Test
  void quoteInsideAWordIsLiteral() {
    assertEquals(List.of("5\"", "screen", "a\"b\""), tokens("5\" screen a\"b\""));
  }

  @Test
  void singleQuotesAreOrdinaryCharactersSoApostrophesWork() {
    assertEquals(List.of("don't", "'quoted", "words'", "l'homme"), tokens("don't 'quoted words' l'homme"));
  }

  @Test
  void emptyQuotesAreAnEmptyToken() {
    assertEquals(List.of("", "x"), tokens("\"\" x"));
  }

  @Test
  void quotedTokenAtTheEndNeedsNothingAfterIt() {
    assertEquals(List.of("x", "last one"), tokens("x \"last one\""));
  }

  @Test
  void quotesWorkWithUnicodeAndEmoji() {
    assertEquals(List.of("привет мир 👋🏽", "🙂"), tokens("\"привет мир 👋🏽\" 🙂"));
  }

  @Test
  void unclosedQuoteIsAParseFailureNotAnException() {
    Arguments.UnterminatedQuote failure = unterminated("\"hello world");
    assertEquals('"', failure.opener());
    assertEquals('"', failure.expectedCloser());
    assertEquals(0, failure.offset());
    assertEquals("hello world", failure.quotedText());
  }

  @Test
  void unclosedQuoteReportsWhereItOpened() {
    assertEquals(6, unterminated("first \"second third").offset());
  }

  @ParameterizedTest(name = "{0} is unterminated")
  @ValueSource(strings = {"\"", "\"abc", "\"abc\"def", "a \"b", "\"ends with escaped quote\\\"", "\u201Cnever closed\"", "\"x\" \"y"})
  void quotesWithoutAClosingQuoteFollowedBySpaceOrEndAreUnterminated(String text) {
    unterminated(text);
  }

  @Test
  void unterminatedQuoteMessageTellsHowToFixIt() {
    String message = io.alita.domain.format.Html.visibleText(
        unterminated("\"hello world").message(io.alita.domain.i18n.Messages.english()));
    assertTrue(message.contains("\"hello world"), message);
    assertTrue(message.contains("never closed"), message);
    assertTrue(message.contains("\\\""), message);
  }

  @Test
  void unterminatedQuoteMessageShortensLongText() {
    String message = unterminated("\"" + "x".repeat(200)).message(io.alita.domain.i18n.Messages.english());
    assertTrue(message.length() < 200, message);
    assertTrue(message.contains("…"), message);
  }

  @Test
  void tokensOffersPositionalAccess() {
    Arguments.Tokens tokens = (Arguments.Tokens) Arguments.tokenize("a b");
    assertEquals(2, tokens.size());
    assertEquals(Optional.of("a"), tokens.first());
    assertEquals(Optional.of("b"), tokens.get(1));
    assertEquals(Optional.empty(), tokens.get(2));
    assertEquals(Optional.empty(), tokens.get(-1));
    assertTrue(new Arguments.Tokens(List.of()).first().isEmpty());
  }
}
