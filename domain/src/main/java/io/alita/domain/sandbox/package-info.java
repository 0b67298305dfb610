/**
 * The console's sandbox: "what would the bot do if this person wrote this in that chat?". The console calls the
 * {@link io.alita.domain.sandbox.Sandbox} port with a {@link io.alita.domain.sandbox.SandboxRequest}; the composition
 * root implements it by running the worker's own modules with the chat's real settings, ports that carry nothing out,
 * and a database transaction that is always rolled back. {@link io.alita.domain.sandbox.SandboxReport} turns the
 * actions the modules decided on into the plain-text {@link io.alita.domain.sandbox.SandboxResult} the page shows.
 */
package io.alita.domain.sandbox;
