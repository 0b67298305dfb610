/**
 * Pins: pinning and unpinning, permanent pins of formatted content, and what happens to the linked channel's posts
 * ({@link io.alita.domain.pins.PinsModule}).
 */
package io.alita.domain.pins;
