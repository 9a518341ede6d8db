package org.gongkai.app.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.gongkai.app.system.api.GongkaiUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A person who still has an initial (or reset) password may do nothing but change it: every other
 * office page redirects to {@code /office/password}.
 */
@Component
class MustChangePasswordFilter extends OncePerRequestFilter {
    static final String PASSWORD_PAGE = "/office/password";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (auth != null
                && auth.getPrincipal() instanceof GongkaiUser user
                && user.mustChangePassword()
                && (path.startsWith("/office") || path.startsWith("/supervision") || path.startsWith("/api/"))
                && !path.equals(PASSWORD_PAGE)) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }
}
