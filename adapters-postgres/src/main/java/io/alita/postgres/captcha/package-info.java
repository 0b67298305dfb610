/**
 * The Captcha store on PostgreSQL: {@code captcha_settings}, {@code captcha_attempts}, {@code stored_messages} and
 * {@code captcha_muted_users} through MyBatis.
 */
package io.alita.postgres.captcha;
