package com.gridloop.strategy.offer;

/** Ways to reach a customer. */
public enum Channel {

	APP_PUSH, WECHAT, SMS, OUTBOUND_CALL, MANAGER_VISIT

}
