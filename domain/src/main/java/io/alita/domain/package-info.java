/** The pure domain: rules and use cases, depending on the JDK alone. */
package io.alita.domain;
