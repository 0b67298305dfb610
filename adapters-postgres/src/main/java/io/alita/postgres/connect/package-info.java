/** Waiting for PostgreSQL at startup: retries with backoff, classifies failures, and explains the final one in the operator's terms. */
package io.alita.postgres.connect;
