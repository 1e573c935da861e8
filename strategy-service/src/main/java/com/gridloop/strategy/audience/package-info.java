/**
 * Audiences: rules on customers' tags and segment, and who they select now.
 *
 * <p>
 * Public API for other modules: {@link com.gridloop.strategy.audience.Audiences}
 * ({@code parse}, {@code forEachMatch}, {@code count}),
 * {@link com.gridloop.strategy.audience.AudienceRule},
 * {@link com.gridloop.strategy.audience.AudienceMember},
 * {@link com.gridloop.strategy.audience.BenefitPricer} and
 * {@link com.gridloop.strategy.audience.TagType}. Everything else (the parser, the tag
 * registry, the in-memory columns and how they are kept fresh, the preview endpoint) is
 * internal. The rule language is described on {@code Audiences} and in the README.
 */
package com.gridloop.strategy.audience;
