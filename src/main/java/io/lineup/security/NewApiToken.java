package io.lineup.security;

/** The answer to creating a token: the only time {@code token} is ever shown. */
public record NewApiToken(ApiToken details, String token) {}
