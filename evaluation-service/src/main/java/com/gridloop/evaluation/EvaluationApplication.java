package com.gridloop.evaluation;

import com.gridloop.common.boot.GridLoopApplication;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The evaluation stage: outcomes of treatment against control, with confidence intervals
 * and checks.
 */
@SpringBootApplication
@EnableScheduling
public class EvaluationApplication {

	public static void main(String[] args) {
		GridLoopApplication.run(EvaluationApplication.class, "evaluation", args);
	}

}
