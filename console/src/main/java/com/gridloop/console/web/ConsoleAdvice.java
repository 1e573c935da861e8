package com.gridloop.console.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page needs: the user, their roles and the pages they may open; and a
 * service's refusal shown as an error page with the service's status and reason.
 */
@ControllerAdvice
class ConsoleAdvice {

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	@ModelAttribute
	void user(Authentication user, Model model) {
		if (user == null || !user.isAuthenticated()) {
			return;
		}
		List<String> roles = UserRoles.of(user);
		model.addAttribute("userName", user.getName());
		model.addAttribute("userRoles", roles);
		model.addAttribute("pages", Page.visibleTo(roles));
	}

	@ExceptionHandler(ServiceException.class)
	String refused(ServiceException ex, HttpServletRequest request, HttpServletResponse response, Authentication user,
			Model model) {
		response.setStatus(ex.status().value());
		// Model attribute methods do not run for exception handlers.
		model.addAttribute("currentPath", currentPath(request));
		user(user, model);
		model.addAttribute("status", ex.status().value());
		model.addAttribute("detail", ex.getMessage());
		return "error";
	}

}
