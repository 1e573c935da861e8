package com.gridloop.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.gridloop.local.demo.DemoSummary;
import com.gridloop.local.demo.LoopRun;
import com.gridloop.local.demo.PlatformClient;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One platform (five services and the console) filled by one run of the demo loop on a
 * small generated county, shared by every test class of this module that needs it: it
 * starts with the first and stops when the whole test run ends.
 */
final class DemoLoop implements AutoCloseable {

	private static DemoLoop current;

	final LocalPlatform platform;

	final PlatformClient client;

	final DemoSummary summary;

	private final Path home;

	private DemoLoop(LocalPlatform platform, PlatformClient client, DemoSummary summary, Path home) {
		this.platform = platform;
		this.client = client;
		this.summary = summary;
		this.home = home;
	}

	/** The shared loop, started by {@link Extension} before the first class using it. */
	static DemoLoop get() {
		if (current == null) {
			throw new IllegalStateException("Annotate the test class with @ExtendWith(DemoLoop.Extension.class)");
		}
		return current;
	}

	private static DemoLoop start() throws IOException {
		Path home = Files.createTempDirectory("gridloop-e2e-");
		LocalPlatform platform = LocalPlatform
			.start(new LocalPlatform.Options(home, false, 0, 0, false, LoopRun.PLATFORM_PROPERTIES));
		PlatformClient client = new PlatformClient(platform::baseUrl);
		ByteArrayOutputStream log = new ByteArrayOutputStream();
		DemoSummary summary = new LoopRun(client, new PrintStream(log, true, StandardCharsets.UTF_8))
			.run(new LoopRun.Plan(3000, 7, 20261126L, 0.2, Duration.ofMinutes(5)));
		System.out.println(log.toString(StandardCharsets.UTF_8));
		return new DemoLoop(platform, client, summary, home);
	}

	@Override
	public void close() {
		this.platform.close();
		try (var paths = Files.walk(this.home)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary folder left behind is harmless
		}
	}

	/** Starts the shared loop once per test run and closes it at the end of the run. */
	static final class Extension implements BeforeAllCallback {

		@Override
		public void beforeAll(ExtensionContext context) {
			current = context.getRoot()
				.getStore(ExtensionContext.Namespace.GLOBAL)
				.computeIfAbsent(DemoLoop.class, key -> {
					try {
						return start();
					}
					catch (IOException ex) {
						throw new java.io.UncheckedIOException(ex);
					}
				}, DemoLoop.class);
		}

	}

}
