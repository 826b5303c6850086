package io.lineup.load;

record RejectedRecord(SourceRecord source, Rejection rejection) implements ParseOutcome {}
