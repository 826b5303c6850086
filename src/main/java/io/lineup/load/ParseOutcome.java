package io.lineup.load;

/** What a record became: values to merge, or a rejection. */
sealed interface ParseOutcome permits ParsedRecord, RejectedRecord {}
