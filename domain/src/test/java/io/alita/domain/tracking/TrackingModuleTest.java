package io.alita.domain.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.alita.domain.dispatch.Dispatcher;
import io.alita.domain.dispatch.Lifecycle;
import io.alita.domain.model.ChatId;
import io.alita.domain.model.UserId;
import io.alita.domain.testing.ManualTimers;
import io.alita.domain.testing.TestDispatcher;
import io.alita.domain.testing.TestMessages;
import io.alita.domain.update.IncomingMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrackingModuleTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
  static final SeenChat GROUP = new SeenChat(ChatId.of(-1001), ChatKind.SUPERGROUP, "G", null);
  static final SeenUser MIA = new SeenUser(UserId.of(12), "Mia", null, "mia", false);

  final InMemorySeenStore store = new InMemorySeenStore(CLOCK);
  final ActivityTracker tracker = new ActivityTracker(store, CLOCK);
  final TrackingModule module = new TrackingModule(tracker);

  final TestMessages messages = new TestMessages(CLOCK);

  private IncomingMessage message(Optional<SeenChannel> senderChat, Optional<SeenChannel> forwardedFrom,
      List<SeenUser> newMembers) {
    TestMessages.Draft m = messages.message(GROUP, MIA).text("hi").newMembers(newMembers.toArray(SeenUser[]::new));
    senderChat.ifPresent(m::senderChat);
    forwardedFrom.ifPresent(m::forwardedFrom);
    return m.build();
  }

  @Test
  void aMessageRecordsItsSenderChatAndMembershipOnFlushOnly() {
    module.observe(message(Optional.empty(), Optional.empty(), List.of()));
    assertTrue(store.recorded().isEmpty(), "nothing is written on the message's own path");
    tracker.flush();
    assertTrue(store.user(MIA.id()).isPresent());
    assertTrue(store.chat(GROUP.id()).isPresent());
    assertTrue(store.membershipLastSeen(GROUP.id(), MIA.id()).isPresent());
  }

  @Test
  void aForwardFromAChannelRecordsTheChannel() {
    SeenChannel news = new SeenChannel(ChatId.of(-1002000000001L), "News", "newschannel");
    module.observe(message(Optional.empty(), Optional.of(news), List.of()));
    tracker.flush();
    assertTrue(store.channel(news.id()).isPresent());
  }

  @Test
  void anAnonymousAdminsGroupSenderIsNotAChannel() {
    module.observe(message(Optional.of(new SeenChannel(GROUP.id(), "G", null)), Optional.empty(), List.of()));
    tracker.flush();
    assertTrue(store.channel(GROUP.id()).isEmpty());
  }

  @Test
  void newMembersAreRecordedAsMembers() {
    SeenUser newcomer = new SeenUser(UserId.of(13), "Nia", null, null, false);
    module.observe(message(Optional.empty(), Optional.empty(), List.of(newcomer)));
    tracker.flush();
    assertEquals(true, store.membershipLastSeen(GROUP.id(), newcomer.id()).isPresent());
  }

  @Test
  void whatWasSeenIsWrittenByTheModulesPeriodicJobAndAtStop() {
    Dispatcher dispatcher = TestDispatcher.with(module).clock(CLOCK).build();
    dispatcher.dispatch(messages.message(GROUP, MIA).text("hi").incoming());
    Lifecycle.Job flush = dispatcher.lifecycle().jobs().stream().filter(j -> j.module().equals("Users")).findFirst()
        .orElseThrow();

    assertEquals(TrackingModule.FLUSH_EVERY, flush.period());
    assertTrue(store.recorded().isEmpty(), "nothing is written on the message's own path");
    flush.runOnce(new ManualTimers());
    assertTrue(store.user(MIA.id()).isPresent());

    dispatcher.dispatch(messages.message(GROUP, new SeenUser(UserId.of(13), "Nia", null, null, false)).text("hey")
        .incoming());
    dispatcher.lifecycle().stop();
    assertTrue(store.user(UserId.of(13)).isPresent(), "the last batch goes when the worker stops");
  }
}
