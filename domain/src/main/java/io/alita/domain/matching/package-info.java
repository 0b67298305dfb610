/**
 * Finding a chat's words in a message: {@link io.alita.domain.matching.CaseFold} (how texts are compared, without
 * regard to case or to how an accent was typed) and {@link io.alita.domain.matching.SubstringAutomaton} (one
 * Aho-Corasick automaton per chat over its words), shared by the blacklists and the filters.
 */
package io.alita.domain.matching;
