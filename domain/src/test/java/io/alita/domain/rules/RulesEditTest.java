package io.alita.domain.rules;

import static io.alita.domain.rules.TestBot.ADA;
import static io.alita.domain.rules.TestBot.GROUP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.Button;
import io.alita.domain.format.Html;
import io.alita.domain.format.Limits;
import io.alita.domain.i18n.Messages;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.settings.ChangeOutcome;
import io.alita.domain.testing.CountingCommit;
import io.alita.domain.tracking.SeenUser;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The rules use case as the console calls it (set, clear, preview), checked against what /setrules answers and what
 * /rules sends.
 */
class RulesEditTest {

  private static final SeenUser READER = new SeenUser(UserId.of(7), "Grace <Admiral>", null, null, false);

  private final InMemoryRulesStore store = new InMemoryRulesStore();
  private final RulesView view = new RulesView(TestBot.BOT, new Random(1));
  private final RulesEdit edit = new RulesEdit(store, view, Messages.english());
  private final InMemoryRulesStore botStore = new InMemoryRulesStore();
  private final TestBot bot = TestBot.with(List.of(new RulesModule(botStore, view)));
  private final CountingCommit console = new CountingCommit();

  private String botSays(String text) {
    return Html.visibleText(TestBot.onlyReply(bot.send(GROUP, ADA, text)));
  }

  @Test
  void rulesAreStoredAsTypedAndConfirmedAsTheBotConfirmsThem() {
    ChangeOutcome outcome = edit.set(GROUP, "  *Be kind*, {first}.  ", console);

    assertTrue(outcome.applied());
    assertEquals("Saved the rules of this chat.", outcome.text());
    assertEquals(botSays("/setrules *Be kind*, {first}."), outcome.text());
    assertEquals(Optional.of("*Be kind*, {first}."), store.find(GROUP.id()).source());
    assertEquals(1, console.commits());
  }

  @Test
  void blankOrTooLongRulesAreRefusedInTheBotsWords() {
    String tooLong = "a".repeat(Limits.MESSAGE_TEXT + 5);

    ChangeOutcome blank = edit.set(GROUP, "   ", console);
    ChangeOutcome longOnes = edit.set(GROUP, tooLong, console);

    assertTrue(blank.refused());
    assertEquals(botSays("/setrules"), blank.text());
    assertTrue(longOnes.refused());
    assertEquals("These rules are 4101 characters long once formatted, and Telegram allows 4096: shorten them by 5 "
        + "characters.", longOnes.text());
    assertEquals(botSays("/setrules " + tooLong), longOnes.text());
    assertEquals(0, console.commits());
    assertFalse(store.find(GROUP.id()).hasRules());
  }

  @Test
  void clearingRemovesTheRulesAsClearRulesDoes() {
    store.saveText(GROUP, "Be kind");

    ChangeOutcome outcome = edit.clear(GROUP.id(), console);

    assertEquals(botSays("/clearrules"), outcome.text());
    assertFalse(store.find(GROUP.id()).hasRules());
  }

  @Test
  void thePreviewIsWhatRulesWouldSendWithTheReadersName() {
    store.saveText(GROUP, "old rules");
    botStore.saveText(GROUP, "*Be kind*, {first}.");

    RulesEdit.Preview preview = edit.preview(GROUP.id(), "*Be kind*, {first}.", READER);

    RulesEdit.Preview.Shown shown = assertInstanceOf(RulesEdit.Preview.Shown.class, preview);
    assertEquals("The rules of <b>Analytical Engines</b>:\n\n<b>Be kind</b>, Grace &lt;Admiral&gt;.", shown.html());
    assertEquals(Optional.of("old rules"), store.find(GROUP.id()).source(), "a preview stores nothing");
  }

  @Test
  void scriptInTheRulesComesOutAsTextAndUnsafeLinksAsNoLinks() {
    RulesEdit.Preview preview = edit.preview(GROUP.id(),
        "<script>alert(1)</script> [x](javascript:alert(1)) [ok](https://example.com) <a href=\"javascript:x\">y</a>",
        READER);

    String html = assertInstanceOf(RulesEdit.Preview.Shown.class, preview).html();
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    assertFalse(html.contains("<script"), html);
    assertFalse(html.contains("javascript:alert(1)\""), html);
    assertFalse(html.contains("<a href=\"javascript"), html);
    assertTrue(html.contains("<a href=\"https://example.com\">ok</a>"), html);
  }

  @Test
  void thePreviewCarriesTheRulesButtons() {
    RulesEdit.Preview preview = edit.preview(GROUP.id(), "Read the FAQ [FAQ](buttonurl://example.com/faq)", READER);

    RulesEdit.Preview.Shown shown = assertInstanceOf(RulesEdit.Preview.Shown.class, preview);
    assertEquals(List.of(List.of(new Button.Url("FAQ", "https://example.com/faq"))), shown.keyboard().rows());
  }

  @Test
  void aPreviewOfRulesSetWouldRefuseIsRefusedTheSameWay() {
    RulesEdit.Preview preview = edit.preview(ChatId.of(-5), "a".repeat(Limits.MESSAGE_TEXT + 1), READER);

    RulesEdit.Preview.Refused refused = assertInstanceOf(RulesEdit.Preview.Refused.class, preview);
    assertEquals(edit.set(GROUP, "a".repeat(Limits.MESSAGE_TEXT + 1), console).text(), refused.text());
  }
}
