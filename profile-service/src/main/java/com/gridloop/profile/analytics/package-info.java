/**
 * The machine-learning core of the insight service, without Spring: standardisation and
 * imputation, segmentation (k-means with k chosen by silhouette) and its explanations,
 * load shapes, risk models with time-split evaluation, daily load forecasts and
 * demand-response potential, with the metrics they are judged by.
 *
 * <p>
 * Smile 3.1 (GPL-3.0) is called only from the classes named {@code Smile*}
 * ({@code SmileKMeansEngine}, {@code SmileLogisticTrainer},
 * {@code SmileBoostedTreesTrainer}, {@code SmileRidgeFitter}), each behind a GridLoop
 * interface ({@code KMeansEngine}, {@code RiskTrainer}, {@code LinearFitter}); fitted
 * k-means, logistic and linear models are copied out into plain numbers, so swapping the
 * library means rewriting those four classes only. {@code SmileBoundaryTest} keeps it
 * that way.
 *
 * <p>
 * An open module: it is a library the feature modules (tags, segmentation, predictions)
 * call into, so its subpackages are its interface.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package com.gridloop.profile.analytics;

import org.springframework.modulith.ApplicationModule;
