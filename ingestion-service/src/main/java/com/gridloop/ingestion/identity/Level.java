package com.gridloop.ingestion.identity;

/**
 * How far two values of a field agree. Each {@link IdentityField} uses a subset and says
 * what each level means for it; MISSING (a null on either side) carries no evidence
 * either way.
 */
public enum Level {

	EXACT, CLOSE, FAR, DIFFERENT, MISSING

}
