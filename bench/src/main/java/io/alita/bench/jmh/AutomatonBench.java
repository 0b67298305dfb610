package io.alita.bench.jmh;

import io.alita.bench.ProtectedChats;
import io.alita.domain.blacklists.BlacklistAutomaton;
import io.alita.domain.blacklists.BlacklistWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The blacklist automaton (matching.SubstringAutomaton under BlacklistAutomaton) of 500 words scanning a message of
 * 10, 100 or 1,000 words that matches none of them (the common case: the whole text is read).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AutomatonBench {

  @Param({"10", "100", "1000"})
  public int words;

  private BlacklistAutomaton automaton;
  private String[] texts;
  private int next;

  @Setup
  public void build() {
    Random random = new Random(11);
    List<BlacklistWord> list = new ArrayList<>();
    while (list.size() < ProtectedChats.BLACKLIST_WORDS) {
      StringBuilder w = new StringBuilder();
      for (int i = 0, n = 4 + random.nextInt(9); i < n; i++) {
        w.append((char) ('a' + random.nextInt(26)));
      }
      BlacklistWord.parse(w.append("qx").toString()).word().ifPresent(list::add);
    }
    automaton = BlacklistAutomaton.of(list);
    texts = new String[64];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = ProtectedChats.text(random, words);
    }
  }

  @Benchmark
  public Optional<BlacklistWord> firstMatch() {
    String text = texts[next];
    next = (next + 1) & 63;
    return automaton.firstMatch(text);
  }
}
