package com.gridloop.strategy.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.gridloop.common.stats.PowerAnalysis;
import com.gridloop.common.tags.TagCondition;
import com.gridloop.common.web.Problems;
import com.gridloop.strategy.offer.Channel;
import com.gridloop.strategy.offer.Scenario;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A campaign: who it is for (audience rule on tags), what it offers, through which
 * channel, with which holdout.
 */
@Entity
@Table(name = "campaign")
public class Campaign {

	/** Where a campaign is in its life. */
	public enum Status {

		DRAFT, LAUNCHED

	}

	@Id
	private UUID id;

	private String name;

	@Enumerated(EnumType.STRING)
	private Scenario scenario;

	private String offerCode;

	private String offerCodes;

	private String audienceRule;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	@Convert(converter = AudienceConverter.class)
	@Column(columnDefinition = "text")
	private List<TagCondition> audience;

	private double controlShare;

	private double peakShift;

	@Enumerated(EnumType.STRING)
	private Status status;

	private int targets;

	private int treatment;

	private int control;

	private int excluded;

	private int holdoutGlobal;

	private int queued;

	private String createdBy;

	private Instant createdAt;

	private Instant launchedAt;

	private LocalDate startsOn;

	private Integer fallbackHours;

	protected Campaign() {
	}

	static Campaign draft(String name, Scenario scenario, List<String> offerCodes, Channel channel,
			List<TagCondition> audience, String audienceRule, double controlShare, double peakShift, LocalDate startsOn,
			Integer fallbackHours, String createdBy) {
		Campaign c = new Campaign();
		c.id = UUID.randomUUID();
		c.name = name;
		c.scenario = scenario;
		c.offerCode = offerCodes.get(0);
		c.offerCodes = String.join(",", offerCodes);
		c.channel = channel;
		c.audience = List.copyOf(audience);
		c.audienceRule = audienceRule;
		c.controlShare = controlShare;
		c.peakShift = peakShift;
		c.startsOn = startsOn;
		c.fallbackHours = fallbackHours;
		c.status = Status.DRAFT;
		c.createdBy = createdBy;
		c.createdAt = Instant.now();
		return c;
	}

	/** Records the launch; a campaign launches once. */
	void launched(int treatment, int control, int excluded, int holdoutGlobal, int queued) {
		if (this.status != Status.DRAFT) {
			throw Problems.conflict("already-launched", "Campaign " + this.id + " was launched at " + this.launchedAt);
		}
		this.status = Status.LAUNCHED;
		this.treatment = treatment;
		this.control = control;
		this.targets = treatment + control;
		this.excluded = excluded;
		this.holdoutGlobal = holdoutGlobal;
		this.queued = queued;
		this.launchedAt = Instant.now();
	}

	void ensureDraft() {
		if (this.status != Status.DRAFT) {
			throw Problems.conflict("already-launched", "Campaign " + this.id + " was launched at " + this.launchedAt);
		}
	}

	public UUID id() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

	public Scenario scenario() {
		return this.scenario;
	}

	public String offerCode() {
		return this.offerCode;
	}

	/** The offers the campaign chooses from, one per customer. */
	public List<String> offerCodes() {
		return List.of(this.offerCodes.split(","));
	}

	/** The audience in the rule language: everyone with a profile when blank. */
	public String audienceRule() {
		return this.audienceRule;
	}

	public Channel channel() {
		return this.channel;
	}

	public List<TagCondition> audience() {
		return this.audience;
	}

	public double controlShare() {
		return this.controlShare;
	}

	public double peakShift() {
		return this.peakShift;
	}

	/**
	 * The first day the campaign's effect is measured from when the marketer set one
	 * before the launch day, else null (the launch day).
	 */
	public LocalDate startsOn() {
		return this.startsOn;
	}

	public Status status() {
		return this.status;
	}

	/** Hours after an unanswered message before a manager follows up; null: reach's. */
	public Integer fallbackHours() {
		return this.fallbackHours;
	}

	public int targets() {
		return this.targets;
	}

	CampaignView view(Object result, PowerAnalysis power) {
		return new CampaignView(this.id, this.name, this.scenario, this.offerCode, offerCodes(), this.channel,
				this.audience, this.audienceRule, this.controlShare, this.peakShift, this.status, this.targets,
				this.treatment, this.control, this.excluded, this.holdoutGlobal, this.queued, this.createdBy,
				this.createdAt, this.launchedAt, this.startsOn, this.fallbackHours, power, result);
	}

}
