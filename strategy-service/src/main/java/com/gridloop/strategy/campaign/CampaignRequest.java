package com.gridloop.strategy.campaign;

import java.time.LocalDate;
import java.util.List;

import com.gridloop.common.tags.TagCondition;
import com.gridloop.strategy.offer.Channel;
import com.gridloop.strategy.offer.Scenario;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * A new campaign.
 *
 * @param offerCode one offer (kept for older clients)
 * @param offerCodes the offers to choose from per customer; when neither is given, every
 * valid offer of the scenario
 * @param audience conditions on tags that all must hold (kept for older clients)
 * @param audienceRule the audience in the rule language; both forms must hold when both
 * are given, and neither means everyone with a tag snapshot
 * @param controlShare share of the audience held out as control (default 0.10)
 * @param peakShift share of peak-band kWh assumed moved to the valley when quoting the
 * time-of-use saving
 * @param startsOn the first day the effect is measured from, when it is before the launch
 * day: the offer already went out before the campaign was recorded, or a demo replays
 * past weeks; never in the future (reach sends at launch). Default: the launch day.
 * @param fallbackHours hours after a message without a read, click or reply before the
 * customer's account manager follows up (1 to 720); default: reach's window
 */
public record CampaignRequest(@NotBlank @Size(max = 200) String name, @NotNull Scenario scenario, String offerCode,
		@Size(max = 20) List<@NotBlank String> offerCodes, Channel channel, List<@Valid TagCondition> audience,
		@Size(max = 4000) String audienceRule, @DecimalMin("0.0") @DecimalMax("0.5") Double controlShare,
		@DecimalMin("0.0") @DecimalMax("1.0") Double peakShift, @PastOrPresent LocalDate startsOn,
		@Min(1) @Max(720) Integer fallbackHours) {
}
