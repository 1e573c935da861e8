package com.gridloop.datagen.history;

/**
 * How a bill was paid: the app, the WeChat official account, a bank, a service hall's
 * counter, or direct debit.
 */
public enum PayChannel {

	APP, WECHAT, BANK, COUNTER, AUTO_DEBIT;

	public boolean online() {
		return this == APP || this == WECHAT;
	}

}
