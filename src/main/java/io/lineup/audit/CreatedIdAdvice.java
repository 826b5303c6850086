package io.lineup.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.RecordComponent;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/** Notes the id (or name) of the resource an API answer returns, for the audit trail. */
@RestControllerAdvice
class CreatedIdAdvice implements ResponseBodyAdvice<Object> {

  @Override
  public boolean supports(MethodParameter returnType, Class converterType) {
    return true;
  }

  @Override
  public Object beforeBodyWrite(
      Object body,
      MethodParameter returnType,
      MediaType contentType,
      Class selectedConverterType,
      ServerHttpRequest request,
      ServerHttpResponse response) {
    if (body instanceof Record record && request instanceof ServletServerHttpRequest servlet) {
      Object id = component(record, "id");
      if (id == null) {
        id = component(record, "name");
      }
      HttpServletRequest http = servlet.getServletRequest();
      if (id != null) {
        http.setAttribute(AuditInterceptor.CREATED_ID, id);
      }
    }
    return body;
  }

  private static Object component(Record record, String name) {
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      if (component.getName().equals(name)) {
        try {
          return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
          return null;
        }
      }
    }
    return null;
  }
}
