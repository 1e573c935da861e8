package com.gridloop.strategy.campaign;

/**
 * Whether a target is contacted (treatment) or held out to measure what would have
 * happened anyway (control).
 */
public enum Arm {

	TREATMENT, CONTROL

}
