package io.alita.bench.jmh;

import io.alita.bench.ProtectedChats;
import io.alita.domain.action.Effects;
import io.alita.domain.cache.CacheLimits;
import io.alita.domain.tracking.SeenChat;
import io.alita.domain.update.Incoming;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One ordinary message's decision (Dispatcher.dispatch) in a chat with captcha on, antiflood, the url lock, 500
 * blacklisted words and 150 filters (settings cached, as after the chat's first message), for messages of 10, 100
 * and 1,000 words that nothing matches: every stage runs and lets the message through.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DecisionBench {

  @Param({"10", "100", "1000"})
  public int words;

  private ProtectedChats chats;
  private Incoming.Message[] messages;
  private int next;

  @Setup(Level.Trial)
  public void assemble() {
    chats = new ProtectedChats(CacheLimits.DEFAULT);
    SeenChat chat = ProtectedChats.chat(1);
    Random random = new Random(13);
    String[] texts = new String[64];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = ProtectedChats.text(random, words);
    }
    messages = chats.messages(chat, texts, ProtectedChats.SENDERS);
    // Every stage must let these through, or the bench measures a deletion instead of a decision.
    for (int i = 0; i < 3 * messages.length; i++) {
      Effects effects = chats.decide(messages[i % messages.length]);
      if (!effects.actions().isEmpty()) {
        throw new IllegalStateException("an ordinary message was acted on: " + effects.actions());
      }
    }
  }

  @Benchmark
  public Effects decide() {
    Incoming.Message message = messages[next];
    next = next + 1 == messages.length ? 0 : next + 1;
    return chats.decide(message);
  }
}
