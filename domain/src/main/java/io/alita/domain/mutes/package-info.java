/** Mutes: restricting members to nothing, for good or for a while, and giving back the chat's defaults. */
package io.alita.domain.mutes;
