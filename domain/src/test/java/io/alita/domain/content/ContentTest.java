package io.alita.domain.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.action.ChatAction;
import io.alita.domain.format.ButtonGrid;
import io.alita.domain.format.UrlButton;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import io.alita.domain.testing.TestMessages;
import io.alita.domain.tracking.ChatKind;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.Media;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ContentTest {

  private static final SeenChat GROUP = new SeenChat(ChatId.of(-100123), ChatKind.SUPERGROUP, "Cats <3", null);
  private static final SeenUser ANN = new SeenUser(UserId.of(7), "Ann <b>", null, "ann", false);
  private static final UrlButton RULES = new UrlButton("Rules", "https://t.me/bot?start=rules_-100123");
  private final ContentSender sender = new ContentSender(chat -> Optional.of(RULES), new Random(1));

  @Test
  void typeCodesAreTheOriginalsPlusAnimation() {
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9),
        java.util.Arrays.stream(ContentType.values()).map(ContentType::code).toList());
    assertEquals(Optional.of(ContentType.VIDEO_NOTE), ContentType.ofCode(8));
    assertEquals(Optional.empty(), ContentType.ofCode(10));
    assertFalse(ContentType.STICKER.takesText());
    assertFalse(ContentType.VIDEO_NOTE.takesText());
    assertTrue(ContentType.ANIMATION.takesText());
  }

  @Test
  void typedTextKeepsItsButtonsApart() {
    StoredContent c = ContentCapture.from("Hi {first}\n[Site](buttonurl://example.com)", Optional.empty()).orElseThrow();
    assertEquals(ContentType.TEXT, c.type());
    assertEquals("Hi {first}", c.text());
    assertEquals(List.of(new UrlButton("Site", "https://example.com")), c.buttons().buttons());
    assertEquals("Hi {first}\n[Site](buttonurl://https://example.com)", c.noformat());
  }

  @Test
  void aReplyGivesItsFileAndCaptionUnlessTextIsTyped() {
    var photo = TestMessages.replyToMedia(GROUP, 5, ANN, ContentType.PHOTO, "AgAD-photo", "look *here*");
    StoredContent fromCaption = ContentCapture.from("", Optional.of(photo)).orElseThrow();
    assertEquals(new StoredContent(ContentType.PHOTO, "look \\*here\\*", "AgAD-photo", ButtonGrid.empty()), fromCaption);
    StoredContent typed = ContentCapture.from("*mine*", Optional.of(photo)).orElseThrow();
    assertEquals("*mine*", typed.text());
    assertEquals("AgAD-photo", typed.fileId());
    var sticker = TestMessages.replyToMedia(GROUP, 5, ANN, ContentType.STICKER, "CAAD", "");
    assertEquals(new StoredContent(ContentType.STICKER, "", "CAAD", ButtonGrid.empty()),
        ContentCapture.from("ignored caption [b](buttonurl://b.example)", Optional.of(sticker)).orElseThrow()
            .withoutButtons());
  }

  @Test
  void nothingToStoreIsEmpty() {
    assertEquals(Optional.empty(), ContentCapture.from("  ", Optional.empty()));
    assertEquals(Optional.empty(), ContentCapture.from("", Optional.of(TestMessages.replyTo(GROUP, 3, ANN, ""))));
  }

  @Test
  void mediaNeedsAFileAndTextHasNone() {
    assertThrows(IllegalArgumentException.class, () -> new StoredContent(ContentType.PHOTO, "", "", ButtonGrid.empty()));
    assertThrows(IllegalArgumentException.class, () -> new StoredContent(ContentType.TEXT, "x", "f", ButtonGrid.empty()));
    assertThrows(IllegalArgumentException.class, () -> new Media(ContentType.TEXT, "f"));
  }

  @Test
  void textIsSentAsAFormattedReplyInItsTopicWithEscapedFillings() {
    StoredContent c = StoredContent.text("*Hi* {first} of {chatname} {rules}");
    var send = ContentSender.Send.to(GROUP.id(), GROUP.title(), ANN).replyingTo(MessageId.of(9)).inThread(Optional.of(4))
        .withOptions(true, true, true);
    var action = assertInstanceOf(ChatAction.Send.class, sender.action(c, send));
    assertEquals("<b>Hi</b> Ann &lt;b&gt; of Cats &lt;3", action.message().html().strip());
    assertEquals(Optional.of(MessageId.of(9)), action.message().replyTo());
    assertEquals(Optional.of(4), action.message().threadId());
    assertTrue(action.message().linkPreview() && action.message().protect() && action.message().silent());
    assertEquals(1, action.message().keyboard().rows().size());
  }

  @Test
  void mediaIsSentByFileIdWithCaptionWhereItTakesOne() {
    var send = ContentSender.Send.to(GROUP.id(), GROUP.title(), ANN);
    var photo = assertInstanceOf(ChatAction.SendMedia.class,
        sender.action(new StoredContent(ContentType.PHOTO, "_{first}_", "AgAD", ButtonGrid.empty()), send));
    assertEquals(new Media(ContentType.PHOTO, "AgAD"), photo.media());
    assertEquals("<i>Ann &lt;b&gt;</i>", photo.captionHtml());
    var sticker = assertInstanceOf(ChatAction.SendMedia.class,
        sender.action(new StoredContent(ContentType.STICKER, "text kept by the original", "CAAD",
            ButtonGrid.column(List.of(RULES))), send));
    assertEquals("", sticker.captionHtml());
    assertEquals(1, sticker.keyboard().rows().size());
  }
}
