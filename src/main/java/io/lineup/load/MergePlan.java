package io.lineup.load;

import io.lineup.job.MergeRule;
import io.lineup.table.Field;
import java.util.List;

/**
 * What a job writes and how: the target table with its key and columns, the merge rule, and for a
 * profile extension how each record finds its profile.
 *
 * @param profiles null unless the table is a profile extension
 * @param keyIndexed whether the target has an index that finds a key's rows
 */
record MergePlan(Target target, MergeRule rule, ProfileLookup profiles, boolean keyIndexed) {

  /**
   * A record's profile is the one whose {@code match} fields on {@code profileList} equal the
   * record's (the lowest {@code RIID_} when several do); its {@code riid} goes into the record.
   *
   * @param indexed whether the profile list has an index that finds a match's profiles
   */
  record ProfileLookup(String profileList, List<Field> match, Field riid, boolean indexed) {}

  /** The fields a record is looked up by: the profile list's match, else the target's key. */
  List<Field> lookupKey() {
    return profiles == null ? target.key() : profiles.match();
  }
}
