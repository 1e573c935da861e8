package com.gridloop.strategy.campaign;

import java.util.List;

import com.gridloop.common.tags.TagCondition;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new campaign.
 *
 * @param audience conditions on tags that all must hold; empty means everyone with a tag
 * snapshot
 * @param controlShare share of the audience held out as control (default 0.10)
 * @param peakShift share of peak-band kWh assumed moved to the valley when quoting the
 * time-of-use saving
 */
public record CampaignRequest(@NotBlank @Size(max = 200) String name, @NotNull Scenario scenario,
		@NotBlank String offerCode, Channel channel, @NotNull List<@Valid TagCondition> audience,
		@DecimalMin("0.0") @DecimalMax("0.5") Double controlShare,
		@DecimalMin("0.0") @DecimalMax("1.0") Double peakShift) {
}
