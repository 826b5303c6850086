package io.lineup.web.connect;

import io.lineup.group.Group;
import io.lineup.group.GroupRequest;
import io.lineup.group.GroupService;
import io.lineup.job.ImportJob;
import io.lineup.job.JobRequest;
import io.lineup.job.JobService;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * "Copy" on the Connect page: a new draft with the same definition. A group's copy starts without
 * jobs, since a job belongs to one group at most.
 */
@Component
class Copies {

  private final JobService jobs;
  private final GroupService groups;

  Copies(JobService jobs, GroupService groups) {
    this.jobs = jobs;
    this.groups = groups;
  }

  ImportJob job(long id) {
    ImportJob j = jobs.get(id);
    return jobs.create(
        new JobRequest(
            copyName(j.name()),
            j.description(),
            j.table(),
            j.source(),
            j.format(),
            j.mapping(),
            j.match(),
            j.mergeRule(),
            j.onDemand()));
  }

  Group group(long id) {
    Group g = groups.get(id);
    return groups.create(
        new GroupRequest(
            copyName(g.name()),
            g.description(),
            List.of(),
            g.postProcessing(),
            g.notifications(),
            g.schedule()));
  }

  private static String copyName(String name) {
    String copy = "Copy of " + name;
    return copy.length() > 100 ? copy.substring(0, 100) : copy;
  }
}
