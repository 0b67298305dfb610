/** The Approvals store on PostgreSQL: {@code approved_users} through MyBatis. */
package io.alita.postgres.approvals;
