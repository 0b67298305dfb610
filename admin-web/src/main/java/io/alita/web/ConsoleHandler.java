package io.alita.web;

import io.alita.domain.console.ConsoleSession;
import io.javalin.http.Context;

/** A console page or form handler: runs only with a valid session, which it is given. */
@FunctionalInterface
public interface ConsoleHandler {

  void handle(Context ctx, ConsoleSession session) throws Exception;
}
