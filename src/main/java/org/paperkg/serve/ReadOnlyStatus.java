package org.paperkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * The server's own paths ({@code /$/server}, {@code /$/stats}, {@code /$/ping}, {@code /$/metrics}) are read: the UI
 * and monitors GET them. Any other method gets 405, so nobody changes or resets anything there.
 */
final class ReadOnlyStatus implements Filter {
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (!READS.contains(request.getMethod())) {
            HttpServletResponse response = (HttpServletResponse) resp;
            response.setHeader("Allow", "GET, HEAD, OPTIONS");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Read-only: GET only.");
            return;
        }
        chain.doFilter(req, resp);
    }
}
