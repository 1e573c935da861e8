package com.gridloop.profile;

import com.gridloop.common.boot.GridLoopApplication;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The insight stage: tags, segments and predictions per customer, published as tag
 * snapshots.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ProfileApplication {

	public static void main(String[] args) {
		GridLoopApplication.run(ProfileApplication.class, "profile", args);
	}

}
