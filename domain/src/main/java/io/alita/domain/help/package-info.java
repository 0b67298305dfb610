/**
 * Start and Help: the start screen and the {@code /start <arg>} deep links in private, the "message me" answer in
 * groups, and the help menu built from the registered modules, each module's help text coming from the message bundle.
 */
package io.alita.domain.help;
