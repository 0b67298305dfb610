package io.alita.domain.format;

import static io.alita.domain.format.TelegramHtmlAssertions.assertValidTelegramHtml;
import static io.alita.domain.format.TestFillingContextFactory.ada;
import static io.alita.domain.format.TestFillingContextFactory.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.model.UserId;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FillingsTest {

  private static final RandomGenerator UNUSED = () -> {
    throw new AssertionError("a single variant needs no randomness");
  };

  /** Renders a stored source through the whole pipeline, as every module does. */
  private static FormattedMessage send(String source, FillingContext context) {
    FormattedMessage message = MessageFormatter.render(source, context, UNUSED);
    assertValidTelegramHtml(message.html());
    return message;
  }

  @Nested
  class Values {

    @Test
    void nameFillings() {
      assertEquals("Ada / Lovelace / Ada Lovelace", send("{first} / {last} / {fullname}", ada()).html());
    }

    @Test
    void idChatnameAndCount() {
      assertEquals("42 in Analytical Engines (1234)", send("{id} in {chatname} ({count})", ada()).html());
    }

    @Test
    void usernameIsTheAtUsername() {
      assertEquals("Hi @ada_l", send("Hi {username}", ada()).html());
    }

    @Test
    void usernameWithoutOneIsAMention() {
      assertEquals("Hi <a href=\"tg://user?id=7\">Grace</a>", send("Hi {username}", named("Grace")).html());
    }

    @Test
    void mentionIsAlwaysAClickableMentionEvenWithAUsername() {
      assertEquals("Hi <a href=\"tg://user?id=42\">Ada</a>", send("Hi {mention}", ada()).html());
    }

    @Test
    void mentionOfAUserWithAnEmptyFirstNameShowsTheirId() {
      assertEquals("<a href=\"tg://user?id=7\">7</a>", send("{mention}", named("")).html());
    }

    @Test
    void missingLastNameIsEmptyAndFullnameIsTheFirstName() {
      assertEquals("[] Grace", send("[{last}] {fullname}", named("Grace")).html());
    }

    @Test
    void unknownMemberCountShowsAQuestionMark() {
      FillingContext context = new FillingContext("Ada", null, null, UserId.of(1), "Chat", null, null);

      assertEquals("Members: ?", send("Members: {count}", context).html());
    }

    @Test
    void usernameGivenWithAnAtSignIsNotDoubled() {
      FillingContext context = new FillingContext("Ada", null, "@ada_l", UserId.of(1), "Chat", 1L, null);

      assertEquals("@ada_l", send("{username}", context).html());
    }

    @Test
    void fillingsInsideStylesKeepTheStyle() {
      assertEquals("<b>Welcome <a href=\"tg://user?id=42\">Ada</a></b> to <i>Analytical Engines</i>",
          send("*Welcome {mention}* to _{chatname}_", ada()).html());
    }

    @Test
    void sameFillingMayRepeat() {
      assertEquals("Ada Ada Ada", send("{first} {first} {first}", ada()).html());
    }

    @Test
    void adjacentFillings() {
      assertEquals("AdaLovelace42", send("{first}{last}{id}", ada()).html());
    }

    @Test
    void emojiAndNonLatinNamesAreKept() {
      FillingContext context = new FillingContext("Алиса 🌸", "王", null, UserId.of(9), "Клуб 🎮", 5L, null);

      assertEquals("Привет, <a href=\"tg://user?id=9\">Алиса 🌸</a> 王! Клуб 🎮",
          send("Привет, {mention} {last}! {chatname}", context).html());
    }
  }

  @Nested
  class WhatStaysLiteral {

    @ParameterizedTest
    @ValueSource(strings = {"{x}", "{First}", "{ first }", "{first", "first}", "{}", "{{}}", "{rules:down}"})
    void unknownOrMalformedBracesStayAsTyped(String source) {
      assertEquals(Html.escape(source), send(source, ada()).html());
    }

    @Test
    void escapedFillingIsShownAsTyped() {
      assertEquals("type {first} to greet, like Ada", send("type \\{first} to greet, like {first}", ada()).html());
    }

    @Test
    void fillingInALinkTargetIsNotSubstituted() {
      assertEquals("<a href=\"https://e.com/{id}\">profile</a>", send("[profile](https://e.com/{id})", ada()).html());
    }
  }

  @Nested
  class PlainFormWhereNoLinkIsAllowed {

    @Test
    void mentionInsideCodeIsTheName() {
      assertEquals("<code>Ada 42</code>", send("`{mention} {id}`", ada()).html());
    }

    @Test
    void usernameWithoutOneInsidePreIsTheName() {
      assertEquals("<pre>Grace</pre>", send("```{username}```", named("Grace")).html());
    }

    @Test
    void mentionInsideALinkLabelIsTheName() {
      assertEquals("<a href=\"https://e.com\">Hi Ada</a>", send("[Hi {mention}](https://e.com)", ada()).html());
    }
  }

  @Nested
  class MaliciousValues {

    @Test
    void nameWithMarkdownIsNotFormatted() {
      assertEquals("<b>Hi</b> *boss* _x_ ||y|| `z`", send("*Hi* {first}", named("*boss* _x_ ||y|| `z`")).html());
    }

    @Test
    void nameWithHtmlIsEscaped() {
      assertEquals("Hi &lt;b&gt;x&lt;/b&gt;&lt;script&gt;alert(1)&lt;/script&gt;",
          send("Hi {first}", named("<b>x</b><script>alert(1)</script>")).html());
    }

    @Test
    void nameInAMentionCannotBreakTheLink() {
      assertEquals("<a href=\"tg://user?id=7\">&lt;/a&gt;&lt;a href=&quot;javascript:x&quot;&gt;</a>",
          send("{mention}", named("</a><a href=\"javascript:x\">")).html());
    }

    @Test
    void nameThatLooksLikeAFillingIsNotSubstitutedAgain() {
      FillingContext context = new FillingContext("{last}", "Secret", null, UserId.of(7), "{chatname}", 1L, null);

      assertEquals("{last} Secret / {chatname}", send("{fullname} / {chatname}", context).html());
    }

    @Test
    void nameThatLooksLikeALinkIsNotALink() {
      assertEquals("[click](https://evil.com)", send("{first}", named("[click](https://evil.com)")).html());
    }

    @Test
    void nameThatLooksLikeAButtonAddsNoButton() {
      FormattedMessage message = send("{first}", named("[Free](buttonurl://evil.com)"));

      assertEquals("[Free](buttonurl://evil.com)", message.html());
      assertTrue(message.buttons().isEmpty());
    }

    @Test
    void nameThatLooksLikeTheRulesDirectiveAddsNoButton() {
      FormattedMessage message = send("Hi {first}", named("{rules}"));

      assertEquals("Hi {rules}", message.html());
      assertTrue(message.buttons().isEmpty());
    }

    @Test
    void nameWithTheVariantSeparatorIsNotSplit() {
      assertEquals("a %%% b", send("{first}", named("a %%% b")).html());
    }

    @Test
    void nameWithNoteFlagsIsShownAsTyped() {
      assertEquals("{admin}{private}", send("{first}", named("{admin}{private}")).html());
    }

    @Test
    void chatTitleIsEscapedToo() {
      assertEquals("&lt;/b&gt;&amp;amp;&quot;", send("{chatname}", TestFillingContextFactory.withChatTitle("</b>&amp;\"")).html());
    }
  }

  @Test
  void toHtmlEscapesPlainTextAndFillsIt() {
    assertEquals("&lt;3 *Ada* <a href=\"tg://user?id=42\">Ada</a>", Fillings.toHtml("<3 *{first}* {mention}", ada()));
  }
}
