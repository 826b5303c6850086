package io.lineup.load;

import io.lineup.table.Field;
import java.util.List;

/**
 * The table a chunk is merged into: the key it is matched on and the columns written on insert and
 * on update.
 */
record Target(String table, List<Field> key, List<Column> insert, List<Column> update) {}
