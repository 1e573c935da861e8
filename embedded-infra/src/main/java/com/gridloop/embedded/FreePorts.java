package com.gridloop.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * Finds a TCP port nobody listens on, for servers that need their port written in their
 * configuration.
 */
public final class FreePorts {

	private FreePorts() {
	}

	public static int find() {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port", ex);
		}
	}

	/** Whether something already listens on the port. */
	public static boolean inUse(int port) {
		try (ServerSocket socket = new ServerSocket(port)) {
			socket.setReuseAddress(true);
			return false;
		}
		catch (IOException ex) {
			return true;
		}
	}

}
