package org.paperkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Cross-origin requests from the origins configured (or any, with "*"): the headers browsers need for GET and
 * POST queries, and answers to their preflight requests. Without the filter, no CORS header is sent at all.
 */
final class Cors implements Filter {
    private final List<String> origins;

    Cors(List<String> origins) {
        this.origins = List.copyOf(origins);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        String origin = request.getHeader("Origin");
        boolean allowed = origin != null && (origins.contains("*") || origins.contains(origin));
        if (allowed) {
            response.setHeader("Access-Control-Allow-Origin", origins.contains("*") ? "*" : origin);
            response.addHeader("Vary", "Origin");
            response.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
            response.setHeader("Access-Control-Allow-Headers", "Accept, Authorization, Content-Type");
            response.setHeader("Access-Control-Max-Age", "3600");
        }
        if (allowed && "OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(req, resp);
    }
}
