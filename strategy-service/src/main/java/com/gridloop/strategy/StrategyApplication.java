package com.gridloop.strategy;

import com.gridloop.common.boot.GridLoopApplication;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The strategy stage: campaigns, their audiences, offers with a quantified benefit, and
 * target lists with holdouts.
 */
@SpringBootApplication
public class StrategyApplication {

	public static void main(String[] args) {
		GridLoopApplication.run(StrategyApplication.class, "strategy", args);
	}

}
