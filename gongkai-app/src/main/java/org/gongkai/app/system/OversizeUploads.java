package org.gongkai.app.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * A multipart request above the servlet's limits ({@code spring.servlet.multipart.max-request-size},
 * {@code .max-file-size}) answers 413 with the Chinese error page ("提交的内容过大"), before Spring Security:
 * otherwise the CSRF token inside the unreadable body is missing, and the person would read "您没有权限" —
 * or, past the filters, a bare 500. The body is parsed here once (the servlet keeps the parts), so a
 * request without a Content-Length is judged as well. Uploads within the limits but above the platform's
 * own (e.g. {@code gongkai.catalog.attachments.max-bytes}) are refused by their forms, at the field.
 *
 * <p>The error page itself is a dispatch of the same request, still multipart: {@link Resolver} keeps
 * Spring MVC from parsing that body again there (which failed once more and left the page blank).
 */
@Component
class OversizeUploads extends OncePerRequestFilter implements Ordered {
    /** The servlet's limits; absent in web slices without the multipart auto-configuration. */
    private final ObjectProvider<MultipartConfigElement> multipart;

    OversizeUploads(ObjectProvider<MultipartConfigElement> multipart) {
        this.multipart = multipart;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isMultipart(request) && tooLarge(request)) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean tooLarge(HttpServletRequest request) {
        MultipartConfigElement limits = multipart.getIfAvailable();
        long max = limits == null ? -1 : limits.getMaxRequestSize();
        if (max > 0 && request.getContentLengthLong() > max) {
            return true;
        }
        try {
            request.getParts();
            return false;
        } catch (IllegalStateException | IOException | ServletException e) {
            return aboutSize(e);
        }
    }

    /** Whether the servlet refused the body for its size (Tomcat's FileUpload size exceptions). */
    private static boolean aboutSize(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String text = (t.getClass().getName() + " " + t.getMessage()).toLowerCase(Locale.ROOT);
            if (text.contains("sizeexception") || text.contains("exceeds") || text.contains("too large")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod())
                && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /** Before Spring Security's filters (whose order is -100). */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    /** Spring MVC's multipart resolver, except on the error dispatch (see the class comment). */
    @Configuration(proxyBeanMethods = false)
    static class Resolver {
        @Bean(name = DispatcherServlet.MULTIPART_RESOLVER_BEAN_NAME)
        MultipartResolver multipartResolver() {
            return new StandardServletMultipartResolver() {
                @Override
                public boolean isMultipart(HttpServletRequest request) {
                    return request.getDispatcherType() != DispatcherType.ERROR && super.isMultipart(request);
                }
            };
        }
    }
}
