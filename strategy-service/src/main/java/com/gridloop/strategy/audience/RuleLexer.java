package com.gridloop.strategy.audience;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits an audience rule into tokens, each with its 1-based position. */
final class RuleLexer {

	enum Kind {

		WORD, KEYWORD, NUMBER, TEXT, OPERATOR, OPEN, CLOSE, COMMA, END

	}

	/** A token; keywords are upper-cased, words (tag codes) kept as written. */
	record Token(Kind kind, String text, Object value, int position) {

		boolean is(String keyword) {
			return this.kind == Kind.KEYWORD && this.text.equals(keyword);
		}

		/** How the token reads in an error message. */
		String quoted() {
			return this.kind == Kind.END ? "the end of the rule" : "'" + this.text + "'";
		}

	}

	static final Set<String> KEYWORDS = Set.of("AND", "OR", "NOT", "IN", "BETWEEN", "HAS", "IS", "PRESENT");

	private RuleLexer() {
	}

	static List<Token> tokens(String rule) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		int n = rule.length();
		while (i < n) {
			char c = rule.charAt(i);
			int start = i;
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (Character.isLetter(c) || c == '_') {
				while (i < n && (Character.isLetterOrDigit(rule.charAt(i)) || rule.charAt(i) == '_')) {
					i++;
				}
				String word = rule.substring(start, i);
				String upper = word.toUpperCase(Locale.ROOT);
				tokens.add(KEYWORDS.contains(upper) ? new Token(Kind.KEYWORD, upper, null, start + 1)
						: new Token(Kind.WORD, word, null, start + 1));
			}
			else if (Character.isDigit(c) || ((c == '-' || c == '.') && i + 1 < n && startsNumber(rule, i + 1))) {
				i = endOfNumber(rule, i + 1);
				String text = rule.substring(start, i);
				try {
					tokens.add(new Token(Kind.NUMBER, text, Double.valueOf(text), start + 1));
				}
				catch (NumberFormatException ex) {
					throw new RuleSyntaxException(start + 1, text, "'" + text + "' is not a number");
				}
			}
			else if (c == '\'') {
				StringBuilder text = new StringBuilder();
				i++;
				while (true) {
					if (i >= n) {
						throw new RuleSyntaxException(start + 1, rule.substring(start),
								"the text starting here has no closing quote");
					}
					char d = rule.charAt(i++);
					if (d == '\'') {
						if (i < n && rule.charAt(i) == '\'') {
							text.append('\'');
							i++;
							continue;
						}
						break;
					}
					text.append(d);
				}
				tokens.add(new Token(Kind.TEXT, rule.substring(start, i), text.toString(), start + 1));
			}
			else if (c == '(' || c == ')' || c == ',') {
				i++;
				tokens.add(new Token(c == '(' ? Kind.OPEN : c == ')' ? Kind.CLOSE : Kind.COMMA, String.valueOf(c), null,
						start + 1));
			}
			else if ("=!<>".indexOf(c) >= 0) {
				i++;
				if (i < n && (rule.charAt(i) == '=' || (c == '<' && rule.charAt(i) == '>'))) {
					i++;
				}
				String op = rule.substring(start, i);
				if (op.equals("!") || op.equals("==")) {
					throw new RuleSyntaxException(start + 1, op,
							"'" + op + "' is not an operator; use =, !=, <, <=, > or >=");
				}
				tokens.add(new Token(Kind.OPERATOR, op.equals("<>") ? "!=" : op, null, start + 1));
			}
			else {
				throw new RuleSyntaxException(start + 1, String.valueOf(c), "unexpected character '" + c + "'");
			}
		}
		tokens.add(new Token(Kind.END, "", null, n + 1));
		return tokens;
	}

	private static boolean startsNumber(String rule, int i) {
		char c = rule.charAt(i);
		return Character.isDigit(c) || (c == '.' && i + 1 < rule.length() && Character.isDigit(rule.charAt(i + 1)));
	}

	private static int endOfNumber(String rule, int i) {
		int n = rule.length();
		while (i < n && (Character.isDigit(rule.charAt(i)) || rule.charAt(i) == '.')) {
			i++;
		}
		if (i < n && (rule.charAt(i) == 'e' || rule.charAt(i) == 'E')) {
			int j = i + 1;
			if (j < n && (rule.charAt(j) == '+' || rule.charAt(j) == '-')) {
				j++;
			}
			if (j < n && Character.isDigit(rule.charAt(j))) {
				i = j;
				while (i < n && Character.isDigit(rule.charAt(i))) {
					i++;
				}
			}
		}
		// A number running into letters ("12abc") is one bad token, not a number and a
		// word.
		while (i < n && (Character.isLetterOrDigit(rule.charAt(i)) || rule.charAt(i) == '_')) {
			i++;
		}
		return i;
	}

}
