package io.alita.domain.confirm;

import io.alita.domain.dispatch.ButtonContext;

/** What a Yes does: runs as part of the press, with the stored payload. */
@FunctionalInterface
public interface ConfirmHandler {

  /**
   * @param ctx the press: answer it, and edit the question into what came of it
   * @param payload what was stored when the question was asked
   */
  void confirmed(ButtonContext ctx, String payload);
}
