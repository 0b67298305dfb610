/** The Misc module's reads in PostgreSQL: user profiles for {@code /info}, from what passive tracking recorded. */
package io.alita.postgres.misc;
