package com.gridloop.local.chaos;

import java.util.Arrays;

import com.gridloop.common.boot.GridLoopApplication;
import com.gridloop.local.ServiceSpec;

/**
 * {@code gridloop service <name> --key=value ...}: one service in this JVM with the
 * properties given, until the process is stopped. Not listed in the help: the chaos run
 * starts its services this way.
 */
public final class ServiceMain {

	private ServiceMain() {
	}

	/** Starts the service and blocks; returns only when it could not start. */
	public static int run(String[] args) throws InterruptedException {
		String name = args.length > 1 ? args[1] : "";
		ServiceSpec spec = ServiceSpec.ALL.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
		if (spec == null) {
			System.err
				.println("Unknown service '" + name + "'; one of ingestion, profile, strategy, reach, evaluation");
			return 2;
		}
		try {
			GridLoopApplication.builder(spec.application(), spec.name()).run(Arrays.copyOfRange(args, 2, args.length));
		}
		catch (RuntimeException ex) {
			ex.printStackTrace();
			return 1;
		}
		Thread.currentThread().join();
		return 0;
	}

}
