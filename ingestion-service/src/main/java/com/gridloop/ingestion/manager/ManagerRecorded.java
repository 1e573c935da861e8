package com.gridloop.ingestion.manager;

import java.util.List;

/**
 * An account manager as the managers file gives them now, keyed by staff no. (which is
 * also their user name).
 *
 * @param staffNo the staff number (工号)
 * @param team the team the manager belongs to; a team lead sees its call lists
 * @param weeklyCapacity how many customer tasks (calls or visits) the manager takes a
 * week
 * @param transformerAreas the transformer areas whose residential customers the manager
 * serves as grid manager (台区经理); empty for a C&amp;I account manager
 */
public record ManagerRecorded(String staffNo, String name, String team, String regionCode, int weeklyCapacity,
		List<String> transformerAreas) {
}
