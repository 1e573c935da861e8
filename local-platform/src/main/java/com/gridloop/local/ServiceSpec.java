package com.gridloop.local;

import java.util.List;

import com.gridloop.evaluation.EvaluationApplication;
import com.gridloop.ingestion.IngestionApplication;
import com.gridloop.profile.ProfileApplication;
import com.gridloop.reach.ReachApplication;
import com.gridloop.strategy.StrategyApplication;

/** The five services of the loop, in loop order, with their fixed ports. */
public record ServiceSpec(String name, Class<?> application, int port) {

	public static final List<ServiceSpec> ALL = List.of(new ServiceSpec("ingestion", IngestionApplication.class, 8081),
			new ServiceSpec("profile", ProfileApplication.class, 8082),
			new ServiceSpec("strategy", StrategyApplication.class, 8083),
			new ServiceSpec("reach", ReachApplication.class, 8084),
			new ServiceSpec("evaluation", EvaluationApplication.class, 8085));

}
