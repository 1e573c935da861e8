package com.gridloop.profile.segment;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.gridloop.profile.ProfileProperties;
import com.gridloop.profile.ProfileProperties.SegmentRule;

import org.springframework.stereotype.Component;

/** Names a customer's segment by the first rule its tags meet, and says why in business words. */
@Component
public class SegmentAssigner {

	/** A segment and the reason for membership. */
	public record Assignment(String code, String reason) {
	}

	private final List<SegmentRule> rules;

	SegmentAssigner(ProfileProperties properties) {
		this.rules = properties.segments();
		if (this.rules.isEmpty() || !this.rules.get(this.rules.size() - 1).conditions().isEmpty()) {
			throw new IllegalStateException("The last segment rule must have no conditions, so every customer lands");
		}
	}

	public Assignment assign(Map<String, Object> tags) {
		for (SegmentRule rule : this.rules) {
			if (rule.conditions().stream().allMatch(c -> c.matches(tags))) {
				String why = rule.conditions().isEmpty() ? "no other segment's conditions hold"
						: rule.conditions().stream().map(c -> c.explain(tags)).collect(Collectors.joining(" and "));
				return new Assignment(rule.code(), rule.name() + ": " + why);
			}
		}
		throw new IllegalStateException("unreachable: the last rule matches everyone");
	}

	public List<SegmentRule> rules() {
		return this.rules;
	}

}
