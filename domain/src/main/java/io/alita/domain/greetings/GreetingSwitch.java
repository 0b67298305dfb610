package io.alita.domain.greetings;

import io.alita.domain.i18n.MessageKey;

/** The on/off settings of Greetings, each with the command that shows and sets it. */
public enum GreetingSwitch {
  WELCOME("welcome"),
  GOODBYE("goodbye"),
  CLEAN_WELCOME("cleanwelcome"),
  CLEAN_GOODBYE("cleangoodbye"),
  CLEAN_SERVICE("cleanservice"),
  AUTO_APPROVE("autoapprove");

  private static final MessageKey WELCOME_LABEL = MessageKey.of("greetings.switch.welcome");
  private static final MessageKey GOODBYE_LABEL = MessageKey.of("greetings.switch.goodbye");
  private static final MessageKey CLEAN_WELCOME_LABEL = MessageKey.of("greetings.switch.cleanwelcome");
  private static final MessageKey CLEAN_GOODBYE_LABEL = MessageKey.of("greetings.switch.cleangoodbye");
  private static final MessageKey CLEAN_SERVICE_LABEL = MessageKey.of("greetings.switch.cleanservice");
  private static final MessageKey AUTO_APPROVE_LABEL = MessageKey.of("greetings.switch.autoapprove");

  private final String command;

  GreetingSwitch(String command) {
    this.command = command;
  }

  /** The command that shows and sets it, without the slash; also the console form's field name. */
  public String command() {
    return command;
  }

  /** What it is called in the bot's replies and on the console page. */
  public MessageKey label() {
    return switch (this) {
      case WELCOME -> WELCOME_LABEL;
      case GOODBYE -> GOODBYE_LABEL;
      case CLEAN_WELCOME -> CLEAN_WELCOME_LABEL;
      case CLEAN_GOODBYE -> CLEAN_GOODBYE_LABEL;
      case CLEAN_SERVICE -> CLEAN_SERVICE_LABEL;
      case AUTO_APPROVE -> AUTO_APPROVE_LABEL;
    };
  }

  /** Its value in {@code settings}. */
  public boolean in(GreetingsSettings settings) {
    return switch (this) {
      case WELCOME -> settings.welcome().enabled();
      case GOODBYE -> settings.goodbye().enabled();
      case CLEAN_WELCOME -> settings.welcome().cleanOld();
      case CLEAN_GOODBYE -> settings.goodbye().cleanOld();
      case CLEAN_SERVICE -> settings.cleanService();
      case AUTO_APPROVE -> settings.autoApprove();
    };
  }
}
