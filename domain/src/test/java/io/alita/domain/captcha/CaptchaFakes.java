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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** The fakes the captcha module tests drive it with: a clock, timers, Telegram and transactions. */
final class CaptchaFakes {

  private CaptchaFakes() {}

  /** A clock the test moves forward. */
  static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** Timers that run only when the test says time has come. */
  static final class ManualTimers implements CaptchaTimers {
    private record Task(Instant at, Runnable work) {}

    private final List<Task> tasks = new ArrayList<>();

    @Override
    public void schedule(Instant at, Runnable task) {
      tasks.add(new Task(at, task));
    }

    /** Runs every task due at {@code now}, including ones they schedule that are due too. */
    void runDue(Instant now) {
      while (true) {
        Optional<Task> due = tasks.stream().filter(t -> !t.at().isAfter(now))
            .min(Comparator.comparing(Task::at));
        if (due.isEmpty()) {
          return;
        }
        tasks.remove(due.get());
        due.get().work().run();
      }
    }

    List<Instant> times() {
      return tasks.stream().map(Task::at).sorted().toList();
    }
  }

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
