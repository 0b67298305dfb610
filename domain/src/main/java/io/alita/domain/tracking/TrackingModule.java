package io.alita.domain.tracking;

import io.alita.domain.dispatch.BotModule;
import io.alita.domain.dispatch.Registry;
import io.alita.domain.update.IncomingMessage;
import java.util.Optional;

/**
 * The original's hidden "Users" module: every message tells the {@link ActivityTracker} who and where, in memory
 * (written in batches by its flush), and leaves and group upgrades keep membership and chat ids right.
 */
public final class TrackingModule implements BotModule {

  private final ActivityTracker tracker;

  /** How often what was seen is written. */
  public static final java.time.Duration FLUSH_EVERY = java.time.Duration.ofSeconds(5);

  public TrackingModule(ActivityTracker tracker) {
    this.tracker = tracker;
  }

  @Override
  public String name() {
    return "Users";
  }

  @Override
  public void register(Registry registry) {
    registry.observe(this::observe);
    // What was seen is kept in memory and written in batches; the last batch goes when the worker stops.
    registry.every(FLUSH_EVERY, timers -> tracker.flush());
    registry.onStop(tracker::flush);
    registry.onMember(ctx -> {
      if (ctx.change().left()) {
        tracker.memberLeft(ctx.chat(), ctx.change().user().id());
      }
    });
  }

  void observe(IncomingMessage m) {
    if (m.migratedTo().isPresent()) {
      tracker.chatMigrated(m.chatId(), m.migratedTo().get());
      return;
    }
    Sighting sighting;
    if (m.chat().kind() == ChatKind.CHANNEL) {
      sighting = Sighting.channelPost(m.chat());
    } else if (m.from().isPresent()) {
      sighting = Sighting.of(m.chat(), m.from().get());
    } else {
      return;
    }
    // Only a channel is worth remembering as a sender chat; an anonymous admin posts as the group itself.
    Optional<SeenChannel> senderChannel = m.senderChat().filter(c -> !c.id().equals(m.chatId()));
    if (senderChannel.isPresent()) {
      sighting = sighting.withSenderChat(senderChannel.get());
    }
    if (m.forwardedFrom().isPresent()) {
      sighting = sighting.withForwardedFrom(m.forwardedFrom().get());
    }
    tracker.observe(sighting);
    m.leftMember().ifPresent(u -> tracker.memberLeft(m.chatId(), u.id()));
    for (SeenUser joined : m.newMembers()) {
      tracker.observe(Sighting.of(m.chat(), joined));
    }
  }
}
