/** The Misc module: {@code /id}, {@code /info} and {@code /ping}. */
package io.alita.domain.misc;
