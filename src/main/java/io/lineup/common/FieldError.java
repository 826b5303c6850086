package io.lineup.common;

/** One problem with one input field, named by its JSON path ({@code mapping[2].field}). */
public record FieldError(String field, String message) {}
