package io.alita.domain.action;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.alita.domain.model.ChatId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** {@link Effects#rewrite}: how the dispatcher keeps a connected command's messages in the private chat. */
class EffectsRewriteTest {

  private static final ChatId GROUP = ChatId.of(-100);
  private static final ChatId PRIVATE = ChatId.of(42);

  private static ChatAction toPrivate(ChatAction a) {
    return a instanceof ChatAction.Send s && s.chat().equals(GROUP)
        ? new ChatAction.Send(OutgoingMessage.to(PRIVATE, s.message().html())) : a;
  }

  @Test
  void onlyTheStepsAfterTheMarkAreRewrittenAndTheirFollowUpsStay() {
    Effects effects = new Effects();
    effects.add(new ChatAction.Send(OutgoingMessage.to(GROUP, "before")));
    Effects.Mark mark = effects.mark();
    AtomicReference<ActionResult> seen = new AtomicReference<>();
    effects.add(new ChatAction.Send(OutgoingMessage.to(GROUP, "after")), seen::set);

    effects.rewrite(mark, EffectsRewriteTest::toPrivate);

    assertEquals(GROUP, effects.actions().get(0).chat());
    assertEquals(PRIVATE, effects.actions().get(1).chat());
    List<ChatAction> executed = new ArrayList<>();
    effects.runOn(action -> {
      executed.add(action);
      return new ActionResult.Done();
    });
    assertEquals(PRIVATE, executed.get(1).chat());
    assertEquals(2, executed.size());
    assertEquals(new ActionResult.Done(), seen.get(), "the follow-up still sees its result");
  }

  @Test
  void whatAConfirmationSendsInsteadIsRewrittenToo() {
    Effects effects = new Effects();
    Effects.Mark mark = effects.mark();
    effects.add(new ChatAction.Ban(GROUP, io.alita.domain.model.UserId.of(7), java.util.Optional.empty()));
    effects.addConfirmation(new ChatAction.Send(OutgoingMessage.to(GROUP, "banned")),
        refused -> new ChatAction.Send(OutgoingMessage.to(GROUP, "refused")));

    effects.rewrite(mark, EffectsRewriteTest::toPrivate);

    List<ChatAction> executed = new ArrayList<>();
    effects.runOn(action -> {
      executed.add(action);
      return action instanceof ChatAction.Ban
          ? new ActionResult.Refused(ActionResult.Refusal.NOT_ENOUGH_RIGHTS, "no")
          : new ActionResult.Done();
    });
    assertEquals(GROUP, executed.get(0).chat(), "actions other than messages are left alone");
    assertEquals(PRIVATE, executed.get(1).chat());
    assertEquals("refused", ((ChatAction.Send) executed.get(1)).message().html());
  }
}
