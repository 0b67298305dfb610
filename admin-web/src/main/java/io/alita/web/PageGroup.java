package io.alita.web;

import io.javalin.config.JavalinConfig;

/** A set of console pages (chats, migrations, audit, sandbox...): registers its routes, each wrapped by the guard. */
public interface PageGroup {

  void register(JavalinConfig cfg, Guard guard);
}
