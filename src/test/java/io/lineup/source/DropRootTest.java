package io.lineup.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lineup.common.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DropRootTest {

  @TempDir Path folder;

  @ParameterizedTest
  @ValueSource(strings = {"contacts.csv", "crm/contacts.csv", "crm/../contacts.csv", "./a/b.csv"})
  void pathsInsideTheRootResolveUnderIt(String path) {
    DropRoot root = new DropRoot(folder.resolve("files"));
    assertThat(DropRoot.problem(path)).isNull();
    assertThat(root.resolve(path)).startsWithRaw(root.root());
  }

  @ParameterizedTest
  @ValueSource(strings = {"../secret.csv", "crm/../../secret.csv", "..", "/etc/passwd", "."})
  void pathsThatLeaveTheRootAreRefused(String path) {
    DropRoot root = new DropRoot(folder.resolve("files"));
    assertThat(DropRoot.problem(path)).isNotNull();
    assertThatThrownBy(() -> root.resolve(path)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aSymbolicLinkOutOfTheRootIsRefused() throws IOException {
    Path outside = Files.writeString(folder.resolve("outside.csv"), "secret");
    DropRoot root = new DropRoot(folder.resolve("files"));
    Files.createSymbolicLink(root.root().resolve("link.csv"), outside);

    assertThatThrownBy(() -> root.resolve("link.csv"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("leaves the drop root");
  }
}
