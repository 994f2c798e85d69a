/**
 * Security: roles (VIEWER, ANALYST, EDITOR, ADMIN), bearer JWTs through the standard OAuth2 resource
 * server, hashed API keys for scripts, and the schema directives {@code @sensitive} and
 * {@code @requires} that guard single GraphQL fields.
 */
@NullMarked
package cn.yongxing.silvergraph.security;

import org.jspecify.annotations.NullMarked;
