/**
 * Who changed what: the {@link io.alita.domain.audit.Actor} behind a change and the front door it came through, the
 * ports that carry the actor to the database ({@link io.alita.domain.audit.Changes} for the console,
 * {@link io.alita.domain.audit.Attribution} for commands), and the {@link io.alita.domain.audit.AuditTrail} that
 * reads the log back. The log itself is written by the database (a trigger on each settings table), so no store can
 * forget to write it.
 */
package io.alita.domain.audit;
