/** Admin: the admin list and cache, promotions and titles, invite links, and the anonymous-admin switch. */
package io.alita.domain.admin;
