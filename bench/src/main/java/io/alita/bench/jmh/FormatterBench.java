package io.alita.bench.jmh;

import io.alita.domain.format.FillingContext;
import io.alita.domain.format.FormattedMessage;
import io.alita.domain.format.MessageFormatter;
import io.alita.domain.model.UserId;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** The markdown formatter (MessageFormatter.render): a typical welcome with fillings and a button, and a long note. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FormatterBench {

  private static final String WELCOME = "Hey {first}, welcome to *{chatname}*! You are member number {count}. "
      + "Please read the _rules_ and have fun. [Website](buttonurl://example.com)";
  private static final String NOTE;

  static {
    StringBuilder note = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      note.append("*Point ").append(i).append("*: see `code ").append(i).append("` and [the docs](https://example.com/")
          .append(i).append(") for _details_, {first}.\n");
    }
    NOTE = note.toString();
  }

  private final FillingContext context = new FillingContext("Ada", "Lovelace", "ada", UserId.of(42), "Engines <&>",
      1234L, null);
  private final SplittableRandom random = new SplittableRandom(7);

  @Benchmark
  public FormattedMessage welcome() {
    return MessageFormatter.render(WELCOME, context, random);
  }

  @Benchmark
  public FormattedMessage longNote() {
    return MessageFormatter.render(NOTE, context, random);
  }
}
