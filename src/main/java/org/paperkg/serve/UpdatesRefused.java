package org.paperkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * SPARQL Update is not served. An update would change paper graphs without the entity bookkeeping the store keeps
 * with them (paper counts, co-occurrence counts, labels) and that validate, stats, the dumps and VoID rely on. The
 * dataset has no update endpoint, so Fuseki refuses an update anyway; this filter makes every way of sending one
 * ({@code /kg/update}, or an update body to {@code /kg} or {@code /kg/sparql}) a 403 that says why and what to use.
 */
final class UpdatesRefused implements Filter {
    static final String REASON = "SPARQL Update is not offered by this server: an update would change paper graphs without "
            + "the entity bookkeeping (paper counts, co-occurrence counts, labels) that the store keeps with them. Change the "
            + "store with paperkg ingest, load or link (or serve --ingest), which keep it consistent.";

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(java.util.Locale.ROOT);
        if (path.equals(Server.DATASET + "/update") || type.startsWith("application/sparql-update")) {
            HttpServletResponse response = (HttpServletResponse) resp;
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=utf-8");
            response.getOutputStream().write((REASON + "\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(req, resp);
    }
}
