package com.gridloop.profile.analytics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only the Smile* adapter classes import Smile, so the GPL library can be swapped by
 * rewriting them alone.
 */
class SmileBoundaryTest {

	@Test
	void onlyAdaptersImportSmile() throws IOException {
		Path root = Path.of("src/main/java/com/gridloop/profile/analytics");
		assertThat(root).isDirectory();
		try (Stream<Path> files = Files.walk(root)) {
			List<String> offenders = files.filter(p -> p.toString().endsWith(".java"))
				.filter(p -> !p.getFileName().toString().startsWith("Smile"))
				.filter(SmileBoundaryTest::importsSmile)
				.map(Path::toString)
				.toList();
			assertThat(offenders).isEmpty();
		}
	}

	private static boolean importsSmile(Path file) {
		try {
			return Files.readAllLines(file)
				.stream()
				.anyMatch(l -> l.startsWith("import smile.") || l.startsWith("import static smile."));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
