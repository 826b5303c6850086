package io.lineup.connection;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/connections")
class ConnectionController {

  private final ConnectionService connections;

  ConnectionController(ConnectionService connections) {
    this.connections = connections;
  }

  @GetMapping
  List<Connection> list() {
    return connections.list();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Connection create(@RequestBody ConnectionRequest request) {
    return connections.create(request);
  }

  @GetMapping("/{id}")
  Connection get(@PathVariable long id) {
    return connections.get(id);
  }

  @PutMapping("/{id}")
  Connection update(@PathVariable long id, @RequestBody ConnectionRequest request) {
    return connections.update(id, request);
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id) {
    connections.delete(id);
  }

  @PostMapping("/{id}/test")
  ConnectionService.TestResult test(@PathVariable long id) {
    return connections.test(id);
  }
}
