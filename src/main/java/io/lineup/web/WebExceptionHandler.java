package io.lineup.web;

import io.lineup.common.LineupException;
import io.lineup.common.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Errors the pages did not handle themselves become a page, never problem+json. */
@ControllerAdvice(basePackages = "io.lineup.web")
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebExceptionHandler {

  @ExceptionHandler(LineupException.class)
  ModelAndView problem(LineupException e) {
    ModelAndView page = new ModelAndView("problem");
    page.addObject("message", e.getMessage());
    page.setStatus(
        e instanceof NotFoundException ? HttpStatus.NOT_FOUND : HttpStatus.UNPROCESSABLE_CONTENT);
    return page;
  }
}
