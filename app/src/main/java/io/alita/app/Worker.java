package io.alita.app;

import io.alita.app.config.TelegramConfig;
import io.alita.telegram.client.BotApiServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * The bot's process role. Without {@code BOT_TOKEN} it stays idle and says why. With one, it checks the token and the
 * Bot API server ({@code getMe}) and reports who it is.
 *
 * <p>The update pipeline (issue 3) is not part of this build, so no update is taken from Telegram: updates stay queued
 * there rather than being acknowledged and lost.
 */
final class Worker implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Worker.class);

  private final TelegramConfig telegram;

  Worker(TelegramConfig telegram) {
    this.telegram = telegram;
  }

  /** @throws StartupException when the token is refused or the server cannot be reached */
  void start() throws StartupException {
    if (telegram.botToken().isEmpty()) {
      LOG.info("Worker idle: BOT_TOKEN is not set. Create a bot with @BotFather, put its token in BOT_TOKEN "
          + "(environment or .env) and restart.");
      return;
    }
    String token = telegram.botToken().get().value();
    User me;
    try {
      me = BotApiServer.client(token, telegram.apiServer()).execute(new GetMe());
    } catch (TelegramApiRequestException e) {
      if (Integer.valueOf(401).equals(e.getErrorCode()) || Integer.valueOf(404).equals(e.getErrorCode())) {
        throw new StartupException("BOT_TOKEN: the Bot API at " + telegram.apiServer() + " refused the token ("
            + e.getErrorCode() + "); copy it again from @BotFather");
      }
      throw new StartupException("API_SERVER: " + telegram.apiServer() + " answered getMe with an error: " + e.getMessage());
    } catch (TelegramApiException e) {
      throw new StartupException("API_SERVER: cannot reach the Bot API at " + telegram.apiServer() + " ("
          + e.getMessage() + "); check the address and the network");
    }
    LOG.info("Worker: signed in to {} as @{} (id {})", telegram.apiServer(), me.getUserName(), me.getId());
    LOG.info("Worker: this build has no update pipeline yet (issue 3); updates stay queued at Telegram");
  }

  @Override
  public void close() {
    // nothing is running yet
  }
}
