/**
 * What the settings use cases share: how a front door commits a change ({@link io.alita.domain.settings.Commit}) and
 * what came of it ({@link io.alita.domain.settings.ChangeOutcome}). The use cases themselves live in their feature
 * packages ({@code captcha.CaptchaSettingsChange}, {@code warns.WarnSettingsChange}, {@code blacklists.BlacklistEdit},
 * {@code rules.RulesEdit}), called by the bot's commands and by the console alike: one set of rules and messages,
 * two front doors.
 */
package io.alita.domain.settings;
