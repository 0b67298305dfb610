package io.alita.domain.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.Button;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Effects;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.callback.CallbackData;
import io.alita.domain.content.ContentSender;
import io.alita.domain.content.StoredContent;
import io.alita.domain.dispatch.Dispatcher;
import io.alita.domain.format.Html;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import io.alita.domain.testing.TestDispatcher;
import io.alita.domain.testing.TestMessages;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** /markdownhelp and /formatting: four pages with buttons to the others, and examples that render as they say. */
class FormattingModuleTest {

  private static final SeenChat GROUP = new SeenChat(ChatId.of(-1001), ChatKind.SUPERGROUP, "Engines", null);
  private static final SeenUser MEMBER = new SeenUser(UserId.of(3), "Max", null, "max", false);

  private final TestMessages messages = new TestMessages(Clock.fixed(TestDispatcher.NOW, java.time.ZoneOffset.UTC));
  private final Dispatcher dispatcher = TestDispatcher.with(new FormattingModule()).build();

  private OutgoingMessage only(Effects effects) {
    List<OutgoingMessage> sent = effects.actions().stream().filter(a -> a instanceof ChatAction.Send)
        .map(a -> ((ChatAction.Send) a).message()).toList();
    assertEquals(1, sent.size(), effects.actions()::toString);
    return sent.get(0);
  }

  private static List<String> labels(io.alita.domain.action.Keyboard keyboard) {
    return keyboard.rows().stream().flatMap(List::stream).map(Button::text).toList();
  }

  @Test
  void bothNamesShowTheMarkdownPageInPlaceWithButtonsToTheOthers() {
    for (String command : List.of("/markdownhelp", "/formatting")) {
      OutgoingMessage page = only(dispatcher.dispatch(messages.text(GROUP, MEMBER, command)));

      assertTrue(Html.visibleText(page.html()).startsWith("Formatting: Markdown"), page.html());
      assertTrue(page.replyTo().isPresent());
      assertEquals(List.of("Fillings", "Buttons", "Random replies"), labels(page.keyboard()));
    }
  }

  @Test
  void aButtonEditsTheMessageIntoThatPage() {
    OutgoingMessage page = only(dispatcher.dispatch(messages.text(TestMessages.privateChat(MEMBER), MEMBER,
        "/markdownhelp")));
    Button fillings = page.keyboard().rows().get(0).get(0);
    assertEquals("formatting", CallbackData.decode(((Button.Callback) fillings).data()).orElseThrow().namespace()
        .value());

    Effects pressed = dispatcher.dispatch(messages.press(TestMessages.privateChat(MEMBER), MEMBER, MessageId.of(5),
        fillings));

    ChatAction.Edit edit = (ChatAction.Edit) pressed.actions().stream().filter(a -> a instanceof ChatAction.Edit)
        .findFirst().orElseThrow();
    assertTrue(Html.visibleText(edit.html()).startsWith("Formatting: Fillings"));
    assertEquals(List.of("Markdown", "Buttons", "Random replies"), labels(edit.keyboard()));
  }

  @Test
  void everyPageIsValidAndFitsOneMessage() {
    for (FormattingModule.Page p : FormattingModule.Page.values()) {
      String html = io.alita.domain.i18n.Messages.english().html(p.text);
      assertTrue(Html.visibleLength(html) < 4096, p.name());
    }
  }

  /** What the pages promise, checked against the formatter that sends notes, filters and greetings. */
  @Test
  void thePagesExamplesRenderAsTheyDescribe() {
    ContentSender sender = new ContentSender(ContentSender.RulesButtons.NONE, new Random(1));
    ContentSender.Send send = ContentSender.Send.to(GROUP.id(), "Engines", MEMBER);

    assertEquals("<b>bold <i>and italic</i></b> 2 * 3 * 4 snake_case *",
        html(sender, "*bold _and italic_* 2 * 3 * 4 snake_case \\*", send));
    assertEquals("Welcome to Engines, <a href=\"tg://user?id=3\">Max</a>! {first}",
        html(sender, "Welcome to {chatname}, {mention}! \\{first}", send));
    StoredContent buttons = StoredContent.text("Hi\n[Website](buttonurl://example.com)\n"
        + "[Channel](buttonurl://t.me/example)\n[Group](buttonurl://t.me/examplechat:same)");
    assertEquals(List.of(1, 2), buttons.buttons().rows().stream().map(List::size).toList());
    assertEquals("Hi", sender.format(buttons, send, 4096).html());
    String picked = html(sender, "Hello {first}!\n%%%\nHi there, {first}.\n%%%\nGood to see you!", send);
    assertTrue(List.of("Hello Max!", "Hi there, Max.", "Good to see you!").contains(picked), picked);
  }

  private static String html(ContentSender sender, String source, ContentSender.Send send) {
    return sender.format(StoredContent.text(source), send, 4096).html();
  }
}
