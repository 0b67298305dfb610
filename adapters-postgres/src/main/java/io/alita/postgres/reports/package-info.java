/** The Reports store on PostgreSQL: {@code report_chat_settings} and {@code report_user_settings} through MyBatis. */
package io.alita.postgres.reports;
