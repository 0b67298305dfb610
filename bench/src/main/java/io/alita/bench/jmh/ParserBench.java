package io.alita.bench.jmh;

import io.alita.domain.command.Command;
import io.alita.domain.command.CommandParser;
import io.alita.domain.command.EntityType;
import io.alita.domain.command.MessageEntity;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** The command parser: a command with arguments addressed to the bot, and an ordinary message (most are). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ParserBench {

  // Fields, not constants, so that the JIT cannot fold the parse of a known text away.
  private String command = "/warn@alita_test_bot @someone 1d for posting \"links\" again";
  private List<MessageEntity> commandEntities = List.of(MessageEntity.of(EntityType.BOT_COMMAND, 0, 20));
  private String ordinary = "hello everyone, the meeting is at five, please read the rules";

  private final CommandParser parser = new CommandParser("alita_test_bot");

  @Benchmark
  public Optional<Command> command() {
    return parser.parse(command, commandEntities);
  }

  @Benchmark
  public Optional<Command> ordinaryMessage() {
    return parser.parse(ordinary, List.of());
  }
}
