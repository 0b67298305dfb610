/**
 * The bot's one Yes/No dialog for irreversible commands: questions stored in the database, answered once, by whoever
 * the dialog's gate admits, within a lifetime.
 */
package io.alita.domain.confirm;
