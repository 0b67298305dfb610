/**
 * Timers: what a module wants to happen later in a chat. Scheduled through an event's effects after it commits, and
 * handled, when due, as an event of their own in the chat's order (see {@link io.alita.domain.timer.Timer}).
 */
package io.alita.domain.timer;
