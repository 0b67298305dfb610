package io.alita.telegram.update;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.tracking.SeenChannel;
import io.alita.domain.tracking.SeenUser;
import io.alita.domain.update.ForwardOrigin;
import io.alita.domain.update.Incoming;
import io.alita.domain.update.Reply;
import io.alita.telegram.fakeapi.FakeBotApi;
import io.alita.telegram.fakeapi.FakeChat;
import io.alita.telegram.fakeapi.FakeUser;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

/** The forward origin of a replied-to message, as Telegram sends it, read by TelegramBots and mapped for /id. */
class MessageMapperForwardTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final FakeChat GROUP = FakeChat.supergroup(-1001234567890L, "Alita testers");
  private static final FakeUser ALICE = FakeUser.of(111, "Alice", "alice");
  private static final FakeUser BOB = FakeUser.of(222, "Bob", "bob");

  private final FakeBotApi api = FakeBotApi.start();
  private final UpdateMapper mapper = new UpdateMapper();

  @AfterEach
  void stop() {
    api.close();
  }

  private Reply replyToForward(String field, ObjectNode value) throws Exception {
    var draft = api.updates().message(GROUP, BOB).text("look");
    ObjectNode forwarded = (field == null ? draft : draft.field(field, value)).build();
    ObjectNode command = api.updates().message(GROUP, ALICE).command("/id").replyTo(forwarded).build();
    ObjectNode update = JSON.createObjectNode().put("update_id", 1);
    update.set("message", command);
    Update parsed = JSON.readValue(update.toString(), Update.class);
    return ((Incoming.Message) mapper.map(parsed).orElseThrow()).message().replyTo().orElseThrow();
  }

  private static ObjectNode origin(String type) {
    return JSON.createObjectNode().put("type", type).put("date", 1_700_000_000);
  }

  @Test
  void aForwardFromAUserCarriesTheUser() throws Exception {
    ObjectNode origin = origin("user");
    origin.set("sender_user", FakeUser.of(333, "Carol", "carol").toJson());

    assertEquals(Optional.of(new ForwardOrigin.User(new SeenUser(UserId.of(333), "Carol", null, "carol", false))),
        replyToForward("forward_origin", origin).forwardOrigin());
  }

  @Test
  void aForwardFromAHiddenUserCarriesOnlyTheName() throws Exception {
    assertEquals(Optional.of(new ForwardOrigin.HiddenUser("Secret Sam")),
        replyToForward("forward_origin", origin("hidden_user").put("sender_user_name", "Secret Sam")).forwardOrigin());
  }

  @Test
  void aForwardFromAChannelOrAGroupCarriesTheChat() throws Exception {
    ObjectNode channel = origin("channel").put("message_id", 5);
    channel.putObject("chat").put("id", -1009876L).put("type", "channel").put("title", "News").put("username", "news");
    assertEquals(Optional.of(new ForwardOrigin.Chat(new SeenChannel(ChatId.of(-1009876L), "News", "news"), true)),
        replyToForward("forward_origin", channel).forwardOrigin());

    ObjectNode chat = origin("chat");
    chat.putObject("sender_chat").put("id", -1005555L).put("type", "supergroup").put("title", "Other group");
    assertEquals(Optional.of(new ForwardOrigin.Chat(new SeenChannel(ChatId.of(-1005555L), "Other group", null), false)),
        replyToForward("forward_origin", chat).forwardOrigin());
  }

  @Test
  void aReplyToAnOrdinaryMessageHasNoOrigin() throws Exception {
    assertEquals(Optional.empty(), replyToForward(null, null).forwardOrigin());
  }
}
