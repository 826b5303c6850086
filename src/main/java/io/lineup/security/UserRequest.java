package io.lineup.security;

public record UserRequest(String username, String password, Role role) {}
