package io.alita.app.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alita.domain.content.StoredContent;
import io.alita.domain.filters.Filter;
import io.alita.domain.filters.FilterTrigger;
import io.alita.domain.format.Html;
import io.alita.domain.model.ChatId;
import io.alita.postgres.filters.MyBatisFiltersStore;
import io.alita.postgres.mybatis.MyBatis;
import io.alita.postgres.mybatis.Sessions;
import io.alita.postgres.testing.TestDatabase;
import io.alita.telegram.fakeapi.ApiCall;
import io.alita.telegram.fakeapi.SentMedia;
import io.alita.telegram.fakeapi.FakeBotApi;
import io.alita.telegram.fakeapi.FakeChat;
import io.alita.telegram.fakeapi.FakeUser;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Filters through the real worker, its TelegramBots client and the fake Bot API over HTTP, on a real database: set
 * with /filter, answering a member as a reply, removed with /stop, and one written by another process (the console)
 * answering in the running worker.
 */
class FiltersEndToEndTest {

  static final Duration WAIT = Duration.ofSeconds(10);
  static final FakeChat GROUP = FakeChat.supergroup(-1001000000031L, "Filters group");
  static final FakeUser ADMIN = FakeUser.of(311, "Ada", "ada_admin");
  static final FakeUser MEMBER = FakeUser.of(312, "Max", "max_member");

  GroupWithWorker stage;
  FakeBotApi api;
  TestDatabase.Coordinates db;

  @BeforeEach
  void start() throws Exception {
    stage = GroupWithWorker.start(GROUP, ADMIN, MEMBER);
    api = stage.api();
    db = stage.db();
  }

  @AfterEach
  void stop() {
    stage.close();
  }

  private static int messageId(ObjectNode update) {
    return update.get("message").get("message_id").asInt();
  }

  /** The bot's message answering {@code update}, if one was sent. */
  private Optional<ApiCall> answerTo(ObjectNode update) {
    return api.calls("sendmessage").stream().filter(c -> c.has("reply_parameters")
        && c.json("reply_parameters").get("message_id").asInt() == messageId(update)).findFirst();
  }

  private ApiCall awaitAnswerTo(ObjectNode update) {
    return api.awaitCall("sendmessage", c -> c.has("reply_parameters")
        && c.json("reply_parameters").get("message_id").asInt() == messageId(update), WAIT);
  }

  @Test
  void aFilterSetWithTheCommandAnswersAMemberAndStopRemovesIt() {
    ObjectNode set = api.updates().command(GROUP, ADMIN, "/filter \"good morning\" Morning, *{first}*!");
    assertEquals("Saved the filter good morning.", Html.visibleText(awaitAnswerTo(set).param("text")));

    ObjectNode greeting = api.updates().text(GROUP, MEMBER, "GOOD MORNING everyone");
    ApiCall answer = awaitAnswerTo(greeting);
    assertEquals("Morning, <b>Max</b>!", answer.param("text"));
    assertEquals(GROUP.id(), answer.longParam("chat_id"));
    assertEquals("1", db.text("SELECT count(*) FROM filters WHERE chat_id = " + GROUP.id()));

    ObjectNode stop = api.updates().command(GROUP, ADMIN, "/stop \"good morning\"");
    assertEquals("Removed the filter good morning.", Html.visibleText(awaitAnswerTo(stop).param("text")));

    ObjectNode after = api.updates().text(GROUP, MEMBER, "good morning again");
    api.awaitConfirmed(after.get("update_id").asInt(), WAIT); // confirmed once handled, actions included
    assertTrue(answerTo(after).isEmpty(), "no filter answers after /stop");
    assertEquals("0", db.text("SELECT count(*) FROM filters WHERE chat_id = " + GROUP.id()));
  }

  @Test
  void theCommandThatSetsAFilterIsNotAnsweredByIt() {
    ObjectNode set = api.updates().command(GROUP, ADMIN, "/filter hi hello there");
    awaitAnswerTo(set);
    ObjectNode again = api.updates().command(GROUP, ADMIN, "/filter hi hello again");
    ApiCall question = awaitAnswerTo(again);

    assertEquals("There is a filter for hi already. Replace its reply with the new one?",
        Html.visibleText(question.param("text")));
    assertEquals(1, api.calls("sendmessage").stream().filter(c -> c.has("reply_parameters")
        && c.json("reply_parameters").get("message_id").asInt() == messageId(again)).count());
  }

  @Test
  void aFilterWrittenByAnotherProcessAnswersInTheRunningWorker() {
    ObjectNode before = api.updates().text(GROUP, MEMBER, "anyone here?");
    api.awaitConfirmed(before.get("update_id").asInt(), WAIT); // the worker caches the group's (empty) filters
    assertTrue(answerTo(before).isEmpty());

    Sessions otherProcess = new Sessions(MyBatis.sessionFactory(db.dataSource()));
    new MyBatisFiltersStore(otherProcess).put(ChatId.of(GROUP.id()),
        new Filter(FilterTrigger.parse("anyone").trigger().orElseThrow(), StoredContent.text("Ask away, {first}.")));

    // The change notice travels beside the updates: messages are sent (each handled before the next) until one is
    // answered.
    long deadline = System.nanoTime() + WAIT.toNanos();
    ApiCall answer = null;
    while (answer == null && System.nanoTime() < deadline) {
      ObjectNode message = api.updates().text(GROUP, MEMBER, "anyone here?");
      api.awaitConfirmed(message.get("update_id").asInt(), WAIT);
      answer = answerTo(message).orElse(null);
    }
    assertTrue(answer != null, "the new filter answered within " + WAIT.toSeconds() + " s");
    assertEquals("Ask away, Max.", answer.param("text"));
  }

  @Test
  void aFilterSavedFromAStickerAnswersWithThatSticker() {
    ObjectNode sticker = api.updates().media(GROUP, ADMIN, "sticker", "CAACAgIAAxk-gm-sticker", null);
    ObjectNode set = api.updates().commandReply(GROUP, ADMIN, "/filter gm", sticker.get("message"));
    assertEquals("Saved the filter gm.", Html.visibleText(awaitAnswerTo(set).param("text")));

    ObjectNode greeting = api.updates().text(GROUP, MEMBER, "GM all");
    SentMedia answer = api.awaitMedia(GROUP.id(), m -> m.method().equals("sendsticker"), WAIT);
    assertEquals("CAACAgIAAxk-gm-sticker", answer.fileId());
    assertEquals(Optional.of(messageId(greeting)), answer.replyTo());
    assertEquals("", answer.caption() == null ? "" : answer.caption());
  }
}
