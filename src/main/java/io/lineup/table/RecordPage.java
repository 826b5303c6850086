package io.lineup.table;

import java.util.List;
import java.util.Map;

/** One page of a table's rows, in primary key order. */
public record RecordPage(int page, int size, long total, List<Map<String, Object>> records) {}
