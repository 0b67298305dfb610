/** Each chat's notes ({@code notes}) and private-notes mode ({@code notes_settings}) through one MyBatis mapper. */
package io.alita.postgres.notes;
