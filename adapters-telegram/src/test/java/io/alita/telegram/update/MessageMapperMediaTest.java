package io.alita.telegram.update;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alita.domain.command.EntityType;
import io.alita.domain.command.MessageEntity;
import io.alita.domain.content.ContentType;
import io.alita.domain.update.Incoming;
import io.alita.domain.update.IncomingMessage;
import io.alita.domain.update.Media;
import io.alita.domain.update.MessageKind;
import io.alita.domain.update.Reply;
import io.alita.telegram.fakeapi.FakeBotApi;
import io.alita.telegram.fakeapi.FakeChat;
import io.alita.telegram.fakeapi.FakeUpdates;
import io.alita.telegram.fakeapi.FakeUser;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.telegram.telegrambots.meta.api.objects.Update;

/** Messages with files, topics and replies to files, as the fake Bot API builds them, read by TelegramBots and mapped. */
class MessageMapperMediaTest {

  private static final FakeChat FORUM = FakeChat.supergroup(-1001234567890L, "Alita testers");
  private static final FakeUser ALICE = FakeUser.of(111, "Alice", "alice");

  private final FakeBotApi api = FakeBotApi.start();
  private final UpdateMapper mapper = new UpdateMapper();

  @AfterEach
  void stop() {
    api.close();
  }

  private IncomingMessage mapped(ObjectNode message) throws Exception {
    ObjectNode update = new ObjectMapper().createObjectNode().put("update_id", 1);
    update.set("message", message);
    Update parsed = new ObjectMapper().readValue(update.toString(), Update.class);
    return ((Incoming.Message) mapper.map(parsed).orElseThrow()).message();
  }

  @ParameterizedTest
  @CsvSource({"photo, PHOTO, PHOTO", "sticker, STICKER, STICKER", "document, DOCUMENT, DOCUMENT",
      "animation, ANIMATION, ANIMATION", "video, VIDEO, VIDEO", "voice, VOICE, VOICE", "audio, AUDIO, AUDIO",
      "video_note, VIDEO_NOTE, VIDEO_NOTE"})
  void everyFileKindIsMappedWithItsId(String field, MessageKind kind, ContentType type) throws Exception {
    IncomingMessage m = mapped(api.updates().message(FORUM, ALICE).media(field, "file-" + field).build());

    assertEquals(kind, m.kind());
    assertEquals(Optional.of(new Media(type, "file-" + field)), m.media());
  }

  @Test
  void aPhotoIsTheLargestOfItsSizes() throws Exception {
    // The fake lists the sizes small, large, medium: the order must not decide.
    IncomingMessage m = mapped(api.updates().message(FORUM, ALICE).media("photo", "AgACbig").build());

    assertEquals("AgACbig", m.media().orElseThrow().fileId());
  }

  @Test
  void aGifIsAnAnimationThoughTelegramAlsoSendsItAsADocument() throws Exception {
    IncomingMessage m = mapped(api.updates().message(FORUM, ALICE).media("animation", "CgACgif").build());

    assertEquals(ContentType.ANIMATION, m.media().orElseThrow().type());
  }

  @Test
  void theCaptionAndItsEntitiesStandInForText() throws Exception {
    IncomingMessage m = mapped(api.updates().message(FORUM, ALICE).media("video", "BAAC")
        .caption("Our *rules*", FakeUpdates.entity("bold", 0, 3), FakeUpdates.textLink(4, 7, "https://t.me/x"))
        .build());

    assertEquals("Our *rules*", m.text());
    assertEquals(List.of(MessageEntity.of(EntityType.BOLD, 0, 3), MessageEntity.textLink(4, 7, "https://t.me/x")),
        m.entities());
  }

  @Test
  void aTopicMessageCarriesItsThreadAndTheTopicStartIsNoReply() throws Exception {
    IncomingMessage m = mapped(api.updates().message(FORUM, ALICE).text("hi").inTopic(77).build());

    assertEquals(Optional.of(77), m.threadId());
    assertTrue(m.replyTo().isEmpty(), "the topic's creation message is not a reply target");
  }

  @Test
  void aThreadIdWithoutIsTopicMessageIsNoTopic() throws Exception {
    // Outside forums, Telegram puts message_thread_id on replies (the thread of the replied message) too.
    ObjectNode message = api.updates().message(FORUM, ALICE).text("hi").build();
    message.put("message_thread_id", 12);

    assertEquals(Optional.empty(), mapped(message).threadId());
  }

  @Test
  void aReplyToAFileCarriesTheFileCaptionAndEntities() throws Exception {
    ObjectNode sticker = api.updates().message(FORUM, FakeUser.of(222, "Bob")).media("sticker", "CAACst").build();
    ObjectNode doc = api.updates().message(FORUM, FakeUser.of(222, "Bob")).media("document", "BQACdoc")
        .caption("The *rules*", FakeUpdates.entity("italic", 4, 7)).build();

    Reply toSticker = mapped(api.updates().message(FORUM, ALICE).command("/save s").replyTo(sticker).build())
        .replyTo().orElseThrow();
    Reply toDoc = mapped(api.updates().message(FORUM, ALICE).command("/save d").replyTo(doc).inTopic(77).build())
        .replyTo().orElseThrow();

    assertEquals(Optional.of(new Media(ContentType.STICKER, "CAACst")), toSticker.media());
    assertEquals(Optional.of(new Media(ContentType.DOCUMENT, "BQACdoc")), toDoc.media());
    assertEquals("The *rules*", toDoc.text());
    assertEquals(List.of(MessageEntity.of(EntityType.ITALIC, 4, 7)), toDoc.entities());
  }
}
