package com.gridloop.common.tags;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * One condition on a customer's tags, such as {@code peak_share GT 0.35} or
 * {@code category EQ RESIDENTIAL}: the building block of segment rules and campaign
 * audiences. A customer without the tag never matches.
 *
 * @param tag tag code
 * @param op comparison
 * @param value number or text to compare with
 */
public record TagCondition(@NotBlank String tag, @NotNull Op op, @NotBlank String value) {

	/**
	 * Comparisons: numeric ones need a numeric tag; EQ and NE compare text when either
	 * side is not a number.
	 */
	public enum Op {

		GT, GE, LT, LE, EQ, NE

	}

	public boolean matches(Map<String, ?> tags) {
		Object actual = tags.get(this.tag);
		if (actual == null) {
			return false;
		}
		Double left = number(actual);
		Double right = number(this.value);
		if (left != null && right != null) {
			int c = Double.compare(left, right);
			return switch (this.op) {
				case GT -> c > 0;
				case GE -> c >= 0;
				case LT -> c < 0;
				case LE -> c <= 0;
				case EQ -> c == 0;
				case NE -> c != 0;
			};
		}
		boolean equal = Objects.equals(String.valueOf(actual).toUpperCase(Locale.ROOT),
				this.value.toUpperCase(Locale.ROOT));
		return switch (this.op) {
			case EQ -> equal;
			case NE -> !equal;
			default -> false;
		};
	}

	/**
	 * The condition in words, with the customer's own value:
	 * {@code peak_share 0.42 > 0.35}.
	 */
	public String explain(Map<String, ?> tags) {
		Object actual = tags.get(this.tag);
		String shown = actual instanceof Number n ? String.format(Locale.ROOT, "%.3g", n.doubleValue())
				: String.valueOf(actual);
		return this.tag + " " + shown + " " + symbol() + " " + this.value;
	}

	private String symbol() {
		return switch (this.op) {
			case GT -> ">";
			case GE -> "≥";
			case LT -> "<";
			case LE -> "≤";
			case EQ -> "=";
			case NE -> "≠";
		};
	}

	private static Double number(Object o) {
		if (o instanceof Number n) {
			return n.doubleValue();
		}
		try {
			return Double.valueOf(String.valueOf(o));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
