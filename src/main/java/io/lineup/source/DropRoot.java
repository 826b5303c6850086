package io.lineup.source;

import io.lineup.LineupProperties;
import io.lineup.common.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** The folder LOCAL jobs read from. A job's path must stay inside it, symbolic links included. */
@Component
public class DropRoot {

  private final Path root;

  @Autowired
  DropRoot(LineupProperties properties) {
    this(properties.dropRoot());
  }

  public DropRoot(Path root) {
    try {
      Files.createDirectories(root);
      this.root = root.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the drop root " + root, e);
    }
  }

  public Path root() {
    return root;
  }

  /** Why {@code path} may not be used as a LOCAL source, or {@code null} when it may. */
  public static String problem(String path) {
    if (path == null || path.isBlank()) {
      return "is required";
    }
    try {
      Path p = Path.of(path);
      if (p.isAbsolute() || path.startsWith("/") || path.startsWith("\\")) {
        return "'" + path + "' is absolute: give a path relative to the drop root";
      }
      Path normal = p.normalize();
      if (normal.startsWith("..") || normal.toString().isEmpty()) {
        return "'" + path + "' leaves the drop root";
      }
    } catch (InvalidPathException e) {
      return "'" + path + "' is not a valid path";
    }
    return null;
  }

  /**
   * The file {@code path} names, checked to be inside the root even after following symbolic links.
   * The file need not exist.
   */
  public Path resolve(String path) {
    String problem = problem(path);
    if (problem != null) {
      throw new InvalidInputException("source.path", problem);
    }
    Path file = root.resolve(path).normalize();
    if (Files.exists(file)) {
      try {
        if (!file.toRealPath().startsWith(root)) {
          throw new InvalidInputException("source.path", "'" + path + "' leaves the drop root");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return file;
  }
}
