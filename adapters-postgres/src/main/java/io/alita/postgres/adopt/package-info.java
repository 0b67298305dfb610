/**
 * Adopting a database of the original Go Alita Robot ({@code alita adopt --from <url>}, decision 0028): plain JDBC,
 * one read-only snapshot of the source, one transaction on the target, upserts on natural keys.
 */
package io.alita.postgres.adopt;
