/** Working out whom a moderation command is aimed at: a mentioned user, a username, an id, or the replied-to sender. */
package io.alita.domain.target;
