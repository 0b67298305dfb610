/** The admin settings of each chat ({@code /anonadmin}) and the names moderation replies show, in PostgreSQL. */
package io.alita.postgres.admin;
