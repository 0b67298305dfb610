/** Reports: members point the admins at a message with /report or @admin; admins act on it with the report's buttons. */
package io.alita.domain.reports;
