/** The backup store (decision 0040): each backup module's file object mapped to and from our tables. */
package io.alita.postgres.backup;
