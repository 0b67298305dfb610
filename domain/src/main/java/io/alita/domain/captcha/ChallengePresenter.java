package io.alita.domain.captcha;

import io.alita.domain.format.Mention;
import java.util.Optional;

import io.alita.domain.action.ChatAction;

import io.alita.domain.action.Button;
import io.alita.domain.action.Keyboard;
import io.alita.domain.action.OutgoingMessage;
import io.alita.domain.i18n.MessageKey;
import io.alita.domain.i18n.Messages;
import io.alita.domain.i18n.TrustedHtml;
import io.alita.domain.model.ChatId;
import java.util.Locale;

/** The challenge message: the question addressed to the member, one button per option, and Refresh while allowed. */
final class ChallengePresenter {

  static final MessageKey CHALLENGE_BUTTON = MessageKey.of("captcha.challenge_button");
  static final MessageKey CHALLENGE_MATH = MessageKey.of("captcha.challenge_math");
  static final MessageKey CHALLENGE_TEXT = MessageKey.of("captcha.challenge_text");
  static final MessageKey CHALLENGE_MATH_IMAGE = MessageKey.of("captcha.challenge_math_image");
  static final MessageKey CHALLENGE_TEXT_IMAGE = MessageKey.of("captcha.challenge_text_image");
  static final MessageKey HUMAN_BUTTON = MessageKey.of("captcha.human_button");
  static final MessageKey REFRESH_BUTTON = MessageKey.of("captcha.refresh_button");

  private final Messages messages;

  ChallengePresenter(Messages messages) {
    this.messages = messages;
  }

  OutgoingMessage message(ChatId chat, CaptchaAttempt a, Challenge c, String name,
      CaptchaSettings s) {
    TrustedHtml mention = Mention.user(a.user(), name);
    String html = switch (c.mode()) {
      case BUTTON -> messages.html(CHALLENGE_BUTTON, "user", mention, "minutes", s.timeout().minutes());
      case MATH -> messages.html(CHALLENGE_MATH, "user", mention, "minutes", s.timeout().minutes(),
          "question", c.question());
      case TEXT -> messages.html(CHALLENGE_TEXT, "user", mention, "minutes", s.timeout().minutes(),
          "question", shown(c, c.question()));
    };
    return OutgoingMessage.to(chat, html).withKeyboard(keyboard(a, c));
  }

  /**
   * The challenge as the bot sends it: a picture for math and code challenges (the question is only in the image, so
   * a bot reading the text learns nothing), a text message for the button mode, or when drawing fails.
   */
  ChatAction action(ChatId chat, CaptchaAttempt a, Challenge c, String name, CaptchaSettings s, ChallengeImage images) {
    if (c.mode() != CaptchaMode.BUTTON) {
      Optional<byte[]> png = images.render(c);
      if (png.isPresent()) {
        TrustedHtml mention = Mention.user(a.user(), name);
        String caption = messages.html(c.mode() == CaptchaMode.MATH ? CHALLENGE_MATH_IMAGE : CHALLENGE_TEXT_IMAGE,
            "user", mention, "minutes", s.timeout().minutes());
        return new ChatAction.SendPhoto(chat, png.get(), caption, keyboard(a, c), Optional.empty());
      }
    }
    return new ChatAction.Send(message(chat, a, c, name, s));
  }

  private Keyboard keyboard(CaptchaAttempt a, Challenge c) {
    if (c.mode() == CaptchaMode.BUTTON) {
      return Keyboard.row(Button.Callback.of(messages.plain(HUMAN_BUTTON),
          ChallengeButton.answer(a, Challenge.HUMAN).data()));
    }
    // Codes are shown in capitals, as ChallengeImage draws them; the buttons carry the stored (lower-case) option.
    Button[] options = c.options().stream()
        .map(o -> (Button) Button.Callback.of(shown(c, o), ChallengeButton.answer(a, o).data()))
        .toArray(Button[]::new);
    Keyboard keyboard = Keyboard.row(options);
    if (a.refreshes() < CaptchaRules.MAX_REFRESHES) {
      keyboard = keyboard.plusRow(Button.Callback.of(messages.plain(REFRESH_BUTTON),
          ChallengeButton.refresh(a).data()));
    }
    return keyboard;
  }

  private static String shown(Challenge c, String option) {
    return c.mode() == CaptchaMode.TEXT ? option.toUpperCase(Locale.ROOT) : option;
  }
}
