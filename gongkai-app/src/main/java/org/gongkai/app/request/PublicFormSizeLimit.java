package org.gongkai.app.request;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a public form whose body is larger than {@link ApplyProperties#maxBodyBytes()} with 413 (the error
 * page says 提交的内容过大), before anything reads it — before Spring Security's CSRF check parses the
 * parameters. A body of unknown length (chunked) is bounded by the server's own limit on form posts
 * ({@code server.tomcat.max-http-form-post-size}, 2 MB by default).
 */
class PublicFormSizeLimit extends OncePerRequestFilter {
    private static final Pattern PUBLIC_FORMS = Pattern.compile("/agencies/[^/]+/apply|/track");

    private final long maxBytes;

    PublicFormSizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod())
                || !PUBLIC_FORMS.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        chain.doFilter(request, response);
    }
}
