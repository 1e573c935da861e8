package com.gridloop.local.chaos;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import com.gridloop.local.GridLoopCli;

/**
 * One service as an operating-system process of its own: a child JVM started from the
 * platform's own classpath ({@code gridloop service <name>}), on a port it keeps across
 * restarts, its output appended to a log file.
 */
final class ServiceProcess {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final int port;

	private final List<String> command;

	private final Path logFile;

	private volatile Process process;

	ServiceProcess(String name, int port, Map<String, String> properties, String heap, Path logDir) {
		this.name = name;
		this.port = port;
		this.logFile = logDir.resolve(name + ".log");
		this.command = new ArrayList<>(javaCommand(heap));
		this.command.add("service");
		this.command.add(name);
		properties.forEach((k, v) -> this.command.add("--" + k + "=" + v));
	}

	/**
	 * The parent's own java and classpath: {@code -jar} for the platform's fat jar,
	 * otherwise the classpath and the command-line entry point.
	 */
	static List<String> javaCommand(String heap) {
		String java = ProcessHandle.current()
			.info()
			.command()
			.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		String classpath = System.getProperty("java.class.path");
		List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError"));
		if (!classpath.contains(File.pathSeparator) && bootJar(classpath)) {
			command.addAll(List.of("-jar", Path.of(classpath).toAbsolutePath().toString()));
		}
		else {
			command.addAll(List.of("-cp", classpath, GridLoopCli.class.getName()));
		}
		return command;
	}

	private static boolean bootJar(String path) {
		if (!path.endsWith(".jar")) {
			return false;
		}
		try (JarFile jar = new JarFile(path)) {
			String main = jar.getManifest() == null ? null
					: jar.getManifest().getMainAttributes().getValue("Main-Class");
			return main != null && main.startsWith("org.springframework.boot.loader");
		}
		catch (IOException ex) {
			return false;
		}
	}

	String name() {
		return this.name;
	}

	String baseUrl() {
		return "http://localhost:" + this.port;
	}

	/** Starts the process; {@link #healthy()} tells when it serves. */
	synchronized void start() {
		try {
			Files.createDirectories(this.logFile.getParent());
			this.process = new ProcessBuilder(this.command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(this.logFile.toFile()))
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the " + this.name + " process", ex);
		}
	}

	/** kill -9: {@link Process#destroyForcibly()} sends SIGKILL on Linux. */
	synchronized void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	/** Whether the process runs and its health endpoint answers UP. */
	boolean healthy() {
		Process p = this.process;
		if (p == null || !p.isAlive()) {
			return false;
		}
		try {
			HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
				.timeout(Duration.ofSeconds(5))
				.build(), HttpResponse.BodyHandlers.ofString());
			return health.statusCode() == 200 && health.body().contains("\"UP\"");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * Waits until the service is healthy; a process that died on the way (its port still
	 * held, say) is started again.
	 */
	void awaitHealthy(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!healthy()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(
						this.name + " did not become healthy in " + timeout.toSeconds() + " s; see " + this.logFile);
			}
			synchronized (this) {
				if (this.process != null && !this.process.isAlive()) {
					start();
				}
			}
			Thread.sleep(500);
		}
	}

	/** SIGKILL without waiting, for a JVM on its way out. */
	void destroyForcibly() {
		Process p = this.process;
		if (p != null) {
			p.destroyForcibly();
		}
	}

	/** Stops the process: SIGTERM, then SIGKILL after 20 s. */
	synchronized void stop() {
		if (this.process == null) {
			return;
		}
		this.process.destroy();
		try {
			if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor();
			}
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

}
