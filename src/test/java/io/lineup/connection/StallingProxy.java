package io.lineup.connection;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * A TCP proxy in front of a server that passes the first {@code passBytes} the server sends, then
 * goes silent while holding the connection open: a server, or a network, that stops answering in
 * the middle of a file. With {@code passBytes} 0 it is a server that accepts and never says a word.
 */
final class StallingProxy implements AutoCloseable {

  private final ServerSocket listener;
  private final int upstreamPort;
  private final long passBytes;
  private final CountDownLatch closed = new CountDownLatch(1);
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();

  StallingProxy(int upstreamPort, long passBytes) {
    this.upstreamPort = upstreamPort;
    this.passBytes = passBytes;
    try {
      listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    daemon(this::accept);
  }

  int port() {
    return listener.getLocalPort();
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        keep(client);
        if (passBytes > 0) {
          Socket server = keep(new Socket(InetAddress.getLoopbackAddress(), upstreamPort));
          daemon(() -> pump(client, server, Long.MAX_VALUE));
          daemon(() -> pump(server, client, passBytes));
        }
      } catch (IOException e) {
        // the listener was closed, or this one connection failed: the next one may not
      }
    }
  }

  /** Holds the socket to close it with the proxy, or closes it now if the proxy already is. */
  private Socket keep(Socket socket) {
    sockets.add(socket);
    if (closed.getCount() == 0) {
      closeQuietly(socket);
    }
    return socket;
  }

  private void pump(Socket from, Socket to, long limit) {
    byte[] buffer = new byte[8192];
    long passed = 0;
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      int n;
      while (passed < limit
          && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - passed))) > 0) {
        out.write(buffer, 0, n);
        out.flush();
        passed += n;
      }
      if (passed >= limit) {
        closed.await();
      }
    } catch (IOException e) {
      // one side went away
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void daemon(Runnable work) {
    Thread thread = new Thread(work, "stalling-proxy");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void close() {
    closed.countDown();
    closeQuietly(listener);
    sockets.forEach(StallingProxy::closeQuietly);
  }

  private static void closeQuietly(java.io.Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException e) {
      // already gone
    }
  }
}
