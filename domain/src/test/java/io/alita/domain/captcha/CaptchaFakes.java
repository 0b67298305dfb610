package io.alita.domain.captcha;

import io.alita.domain.action.ActionResult;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.ChatActionPort;
import io.alita.domain.action.ChatPermissions;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.MessageId;
import io.alita.domain.model.UserId;
import io.alita.domain.permission.ChatMember;
import io.alita.domain.permission.ChatQueries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** The Telegram the captcha module tests drive the module with (the clock and timers are in {@code testing}). */
final class CaptchaFakes {

  private CaptchaFakes() {}

  /** Telegram: carries out nothing, records everything, numbers sent messages, refuses what it is told to. */
  static final class FakeTelegram implements ChatActionPort, ChatQueries {
    final List<ChatAction> done = new ArrayList<>();
    final Map<UserId, ChatMember> admins = new LinkedHashMap<>();
    Predicate<ChatAction> refuse = a -> false;
    private int nextMessage = 500;

    @Override
    public synchronized ActionResult execute(ChatAction action) {
      done.add(action);
      if (refuse.test(action)) {
        return new ActionResult.Refused(ActionResult.Refusal.NOT_ENOUGH_RIGHTS, "refused by the test");
      }
      return action instanceof ChatAction.Send || action instanceof ChatAction.SendPhoto
          ? new ActionResult.Sent(MessageId.of(nextMessage++))
          : new ActionResult.Done();
    }

    synchronized List<ChatAction> takeDone() {
      List<ChatAction> copy = List.copyOf(done);
      done.clear();
      return copy;
    }

    @Override
    public List<ChatMember> administrators(ChatId chat) {
      return List.copyOf(admins.values());
    }

    @Override
    public Optional<ChatMember> member(ChatId chat, UserId user) {
      return Optional.ofNullable(admins.get(user));
    }

    @Override
    public Optional<ChatPermissions> defaultPermissions(ChatId chat) {
      return Optional.of(ChatPermissions.MEMBER_DEFAULTS);
    }

    @Override
    public Optional<String> inviteLink(ChatId chat) {
      return Optional.empty();
    }
  }
}
