package io.alita.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the program was asked to do: one of its subcommands and their options.
 *
 * @param psqlEnv connect with the PSQL_DB_* variables (the make psql-* targets) instead of DATABASE_URL
 * @param argument the file name of {@code mark-applied}; the Go database's URL of {@code adopt --from}
 * @param dryRun {@code adopt --dry-run}: do everything, then roll back
 */
record Command(Kind kind, boolean psqlEnv, String argument, boolean dryRun) {

  enum Kind {
    RUN("run", "the worker and the console in one process (the default)"),
    WORKER("worker", "the bot only"),
    CONSOLE("console", "the web console only"),
    MIGRATE("migrate", "apply pending migrations and exit"),
    STATUS("status", "print applied migrations, newest first, and pending ones"),
    RESET("reset", "drop every table (asks you to type 'yes')"),
    MARK_APPLIED("mark-applied", "record <file> as applied without running it"),
    ADOPT("adopt", "migrate DATABASE_URL, then copy a Go Alita database into it"),
    HEALTH("health", "ask this machine's /health endpoint; exit 0 when healthy"),
    HASH_PASSWORD("hash-password", "read a console password from standard input, print its hash"),
    VERSION("version", "print the version"),
    HELP("help", "print this help");

    final String word;
    final String help;

    Kind(String word, String help) {
      this.word = word;
      this.help = help;
    }

    boolean runsServices() {
      return this == RUN || this == WORKER || this == CONSOLE;
    }

    boolean runsWorker() {
      return this == RUN || this == WORKER;
    }

    boolean servesConsole() {
      return this == RUN || this == CONSOLE;
    }

    boolean acceptsPsqlEnv() {
      return this == MIGRATE || this == STATUS || this == RESET || this == MARK_APPLIED;
    }
  }

  /** Thrown for arguments that name no command; its message is the one line to print before the usage. */
  static final class UsageException extends Exception {
    UsageException(String message) {
      super(message);
    }
  }

  static Command parse(String... args) throws UsageException {
    List<String> words = new ArrayList<>();
    boolean psqlEnv = false;
    boolean dryRun = false;
    String from = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.startsWith("--from=")) {
        from = arg.substring("--from=".length());
        continue;
      }
      switch (arg) {
        case "--psql-env" -> psqlEnv = true;
        case "--dry-run" -> dryRun = true;
        case "--from" -> {
          if (i + 1 >= args.length || args[i + 1].startsWith("-")) {
            throw new UsageException("--from needs the Go database's URL, e.g. --from "
                + "postgres://user:password@host:5432/alita");
          }
          from = args[++i];
        }
        case "-h", "--help" -> words.add("help");
        case "-v", "--version" -> words.add("version");
        default -> {
          if (arg.startsWith("-")) {
            throw new UsageException("unknown option " + arg);
          }
          words.add(arg);
        }
      }
    }
    Kind kind = words.isEmpty() ? Kind.RUN : kindOf(words.get(0));
    String argument = null;
    if ((from != null || dryRun) && kind != Kind.ADOPT) {
      throw new UsageException("--from and --dry-run go with adopt");
    }
    if (kind == Kind.ADOPT) {
      if (words.size() > 1) {
        throw new UsageException("adopt takes no argument, got '" + words.get(1) + "' (the Go database goes after --from)");
      }
      if (from == null || from.isBlank()) {
        throw new UsageException("adopt needs --from <DATABASE_URL of the Go Alita database>,"
            + " e.g. adopt --from postgres://user:password@host:5432/alita");
      }
      argument = from;
    } else if (kind == Kind.MARK_APPLIED) {
      if (words.size() != 2) {
        throw new UsageException("mark-applied needs exactly one migration file name");
      }
      argument = words.get(1);
    } else if (words.size() > 1) {
      throw new UsageException(kind.word + " takes no argument, got '" + words.get(1) + "'");
    }
    if (psqlEnv && !kind.acceptsPsqlEnv()) {
      throw new UsageException("--psql-env goes with migrate, status, reset or mark-applied");
    }
    return new Command(kind, psqlEnv, argument, dryRun);
  }

  private static Kind kindOf(String word) throws UsageException {
    for (Kind k : Kind.values()) {
      if (k.word.equals(word.toLowerCase(Locale.ROOT))) {
        return k;
      }
    }
    throw new UsageException("unknown command '" + word + "'");
  }

  static String usage() {
    StringBuilder sb = new StringBuilder("usage: java -jar alita.jar [command] [--psql-env]\n\ncommands:\n");
    for (Kind k : Kind.values()) {
      String name = k == Kind.MARK_APPLIED ? "mark-applied <file>"
          : k == Kind.ADOPT ? "adopt --from <url>" : k.word;
      sb.append(String.format("  %-20s %s%n", name, k.help));
    }
    sb.append("\n--psql-env: connect with PSQL_DB_HOST, PSQL_DB_NAME, PSQL_DB_USER, PSQL_DB_PASSWORD, PSQL_DB_PORT and\n")
        .append("PSQL_DB_SSLMODE instead of DATABASE_URL (migrate, status, reset, mark-applied).\n")
        .append("adopt --from <url> [--dry-run]: <url> is the Go bot's DATABASE_URL, only read; --dry-run rolls back.\n")
        .append("Configuration: environment variables, and a .env file in the working directory. See README.md.\n");
    return sb.toString();
  }
}
