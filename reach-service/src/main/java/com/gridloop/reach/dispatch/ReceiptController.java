package com.gridloop.reach.dispatch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import com.gridloop.common.web.Problems;
import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The gateways' callback: {@code POST /api/v1/channels/receipts} with the shared secret
 * in {@code X-Gateway-Secret} ({@code gridloop.reach.channels.receipt-secret}) instead of
 * a user's password. 204 when applied (or already known), 404 for an unknown dispatch,
 * 401 for a wrong secret.
 */
@RestController
class ReceiptController {

	static final String SECRET_HEADER = "X-Gateway-Secret";

	private final Receipts receipts;

	private final byte[] secret;

	ReceiptController(Receipts receipts, @Value("${gridloop.reach.channels.receipt-secret}") String secret) {
		this.receipts = receipts;
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
	}

	@PostMapping("/api/v1/channels/receipts")
	ResponseEntity<Void> receive(@RequestHeader(name = SECRET_HEADER, required = false) String secret,
			@Valid @RequestBody ReceiptRequest receipt) {
		if (secret == null || this.secret.length == 0
				|| !MessageDigest.isEqual(this.secret, secret.getBytes(StandardCharsets.UTF_8))) {
			throw Problems.problem(HttpStatus.UNAUTHORIZED, "gateway-secret", "Wrong or missing " + SECRET_HEADER);
		}
		if (!this.receipts.apply(receipt)) {
			throw Problems.notFound("dispatch", receipt.dispatchId());
		}
		return ResponseEntity.noContent().build();
	}

}
