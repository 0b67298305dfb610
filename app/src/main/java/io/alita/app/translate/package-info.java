/** The translation server behind {@code /tr}: a LibreTranslate-compatible HTTP API (decision 0034). */
package io.alita.app.translate;
