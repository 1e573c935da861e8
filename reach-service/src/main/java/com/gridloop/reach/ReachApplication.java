package com.gridloop.reach;

import com.gridloop.common.boot.GridLoopApplication;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The reach stage: contacts treatment targets through their channel, never control ones,
 * and records outcomes.
 */
@SpringBootApplication
@EnableScheduling
public class ReachApplication {

	public static void main(String[] args) {
		GridLoopApplication.run(ReachApplication.class, "reach", args);
	}

}
