/** Disabling commands: which commands members of a chat may not use, and whether their attempts are deleted. */
package io.alita.domain.disabling;
