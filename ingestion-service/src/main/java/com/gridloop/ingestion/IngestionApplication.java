package com.gridloop.ingestion;

import com.gridloop.common.boot.GridLoopApplication;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The data stage: uploads, validation, quarantine, identity and daily usage facts. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IngestionApplication {

	public static void main(String[] args) {
		GridLoopApplication.run(IngestionApplication.class, "ingestion", args);
	}

}
