package io.alita.domain.testing;

import io.alita.domain.action.Button;
import io.alita.domain.action.ChatAction;
import io.alita.domain.action.Effects;
import io.alita.domain.action.Keyboard;
import io.alita.domain.format.Html;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a user sees of an event's {@link Effects}: the texts sent and edited, the buttons, the answers to presses. */
public final class TestEffects {

  private TestEffects() {}

  /** The visible text of every message sent or edited, in order. */
  public static List<String> texts(Effects effects) {
    List<String> out = new ArrayList<>();
    for (ChatAction a : effects.actions()) {
      if (a instanceof ChatAction.Send s) {
        out.add(Html.visibleText(s.message().html()));
      } else if (a instanceof ChatAction.Edit e) {
        out.add(Html.visibleText(e.html()));
      }
    }
    return out;
  }

  /** The visible text of the one message sent or edited; fails when there is not exactly one. */
  public static String onlyText(Effects effects) {
    List<String> texts = texts(effects);
    if (texts.size() != 1) {
      throw new AssertionError("expected one message, got " + effects.actions());
    }
    return texts.get(0);
  }

  /** Every callback button of the messages sent or edited, row by row. */
  public static List<Button.Callback> buttons(Effects effects) {
    List<Button.Callback> out = new ArrayList<>();
    for (ChatAction a : effects.actions()) {
      Keyboard keyboard = a instanceof ChatAction.Send s ? s.message().keyboard()
          : a instanceof ChatAction.Edit e ? e.keyboard() : Keyboard.NONE;
      keyboard.rows().forEach(row -> row.stream().filter(b -> b instanceof Button.Callback)
          .forEach(b -> out.add((Button.Callback) b)));
    }
    return out;
  }

  /** The callback data of the button labelled {@code label}; fails when there is none. */
  public static String buttonData(Effects effects, String label) {
    return buttons(effects).stream().filter(b -> b.text().equals(label)).findFirst().map(Button.Callback::data)
        .orElseThrow(() -> new AssertionError("no button '" + label + "' in " + effects.actions()));
  }

  /** The answers to button presses, in order. */
  public static List<ChatAction.AnswerButton> answers(Effects effects) {
    return effects.actions().stream().filter(a -> a instanceof ChatAction.AnswerButton)
        .map(a -> (ChatAction.AnswerButton) a).toList();
  }

  /** The one answer to the press; fails unless there is exactly one (every press is answered once). */
  public static ChatAction.AnswerButton onlyAnswer(Effects effects) {
    List<ChatAction.AnswerButton> answers = answers(effects);
    if (answers.size() != 1) {
      throw new AssertionError("expected one answer, got " + effects.actions());
    }
    return answers.get(0);
  }

  /** The first edit of a message, if any. */
  public static Optional<ChatAction.Edit> edit(Effects effects) {
    return effects.actions().stream().filter(a -> a instanceof ChatAction.Edit).map(a -> (ChatAction.Edit) a)
        .findFirst();
  }
}
