package com.gridloop.strategy.learning;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What strategy has learnt: conversion-rate estimates per offer and cell. */
@RestController
record LearningController(Learning learning) {

	@GetMapping("/api/v1/learning")
	List<Learning.Estimate> estimates() {
		return this.learning.estimates();
	}

}
