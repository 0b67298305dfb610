package io.alita.domain.action;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EffectsTest {

  static final ChatId CHAT = ChatId.of(-1);

  @Test
  void stepsRunInOrderAndAFollowUpMayAddMore() {
    List<ChatAction> done = new ArrayList<>();
    ChatActionPort port = action -> {
      done.add(action);
      return action instanceof ChatAction.Send ? new ActionResult.Sent(MessageId.of(42)) : new ActionResult.Done();
    };
    Effects effects = new Effects();
    effects.add(new ChatAction.Send(OutgoingMessage.to(CHAT, "hi")), result -> {
      if (result instanceof ActionResult.Sent sent) {
        effects.add(ChatAction.Delete.one(CHAT, sent.message()));
      }
    });
    effects.add(new ChatAction.Unpin(CHAT, java.util.Optional.empty()));
    effects.runOn(port);
    assertEquals(List.of(new ChatAction.Send(OutgoingMessage.to(CHAT, "hi")),
        new ChatAction.Unpin(CHAT, java.util.Optional.empty()), ChatAction.Delete.one(CHAT, MessageId.of(42))), done);
  }

  @Test
  void aRefusalDoesNotStopTheRest() {
    List<ChatAction> done = new ArrayList<>();
    Effects effects = new Effects().add(ChatAction.Delete.one(CHAT, MessageId.of(1)))
        .add(ChatAction.Delete.one(CHAT, MessageId.of(2)));
    effects.runOn(action -> {
      done.add(action);
      return new ActionResult.Refused(ActionResult.Refusal.MESSAGE_NOT_FOUND, "gone");
    });
    assertEquals(2, done.size());
  }

  @Test
  void aConfirmationIsSentOnlyWhenTheActionBeforeItSucceeded() {
    ChatAction ban = new ChatAction.Ban(CHAT, io.alita.domain.model.UserId.of(5), java.util.Optional.empty());
    ChatAction banned = new ChatAction.Send(OutgoingMessage.to(CHAT, "Banned"));
    ChatAction refusedNotice = new ChatAction.Send(OutgoingMessage.to(CHAT, "Telegram refused"));
    Effects effects = new Effects().add(ban).addConfirmation(banned, refused -> refusedNotice);

    List<ChatAction> done = new ArrayList<>();
    effects.runOn(action -> {
      done.add(action);
      return action == ban ? new ActionResult.Refused(ActionResult.Refusal.NOT_ENOUGH_RIGHTS, "no") : new ActionResult.Done();
    });
    assertEquals(List.of(ban, refusedNotice), done);

    done.clear();
    effects.runOn(action -> {
      done.add(action);
      return new ActionResult.Done();
    });
    assertEquals(List.of(ban, banned), done);
  }
}
