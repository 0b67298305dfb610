/** The versioned format of inline-button callback data. */
package io.alita.domain.callback;
