/**
 * The Devs module's data in PostgreSQL: the team ({@code devs}) and the read-only reports of {@code /stats},
 * {@code /chatinfo} and {@code /chatlist}, through two MyBatis mappers.
 */
package io.alita.postgres.devs;
