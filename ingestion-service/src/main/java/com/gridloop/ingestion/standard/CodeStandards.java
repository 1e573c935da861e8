package com.gridloop.ingestion.standard;

import com.gridloop.ingestion.IngestionProperties;

import org.springframework.stereotype.Component;

/**
 * The code standards archive rows are brought to: industry (GB/T 4754), region (GB/T
 * 2260), voltage (GB/T 156).
 */
@Component
public class CodeStandards {

	private final RegionCodes regions;

	public CodeStandards(IngestionProperties properties) {
		this.regions = new RegionCodes(properties.regions());
	}

	public Standardised industry(String raw) {
		return IndustryCodes.standardise(raw);
	}

	public Standardised region(String raw) {
		return this.regions.standardise(raw);
	}

	/** The service-area region an address names, or null. */
	public String regionInAddress(String address) {
		return this.regions.inAddress(address);
	}

	public Standardised voltage(String raw) {
		return VoltageLevels.standardise(raw);
	}

}
