package org.placementledger.infra.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Request bodies other than uploads are small (a recording is a few hundred bytes): a larger one is refused with
 * 413 before it is read, and a body sent without its length stops being read at the limit (and is then refused
 * as unreadable). Only the import's uploads have their own, larger limits.
 */
public final class BodySizeLimit extends OncePerRequestFilter {

    /** The one path that takes uploads, with their own, larger limits. */
    static final String UPLOADS = "/api/imports/ssda903";
    /** A DfE release's table (a few MB of CSV), loaded by an administrator. */
    static final String PUBLISHED_TABLES = "/api/admin/published/";
    static final long PUBLISHED_TABLE_MAX_BYTES = 32L * 1024 * 1024;

    private final long maxBytes;

    public BodySizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod()) && UPLOADS.equals(request.getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        long max = "POST".equals(request.getMethod()) && request.getRequestURI().startsWith(PUBLISHED_TABLES)
                ? PUBLISHED_TABLE_MAX_BYTES : maxBytes;
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
        // The server reads a multipart body itself (any filter asking for a parameter makes it), past any wrapper:
        // elsewhere than the upload, one must say its length, and be small.
        if (request.getContentLengthLong() > max || multipart && request.getContentLengthLong() < 0) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            // Written before the security filters, so with the headers they would have added.
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"/problems/body-too-large\",\"title\":\"Body too large\",\"status\":413,"
                    + "\"detail\":\"A request body here is at most " + max + " bytes, with its length given; this one is "
                    + (request.getContentLengthLong() < 0 ? "of no stated length" : request.getContentLengthLong() + " bytes") + ".\"}");
            return;
        }
        chain.doFilter(new Limited(request, max), response);
    }

    /** The body, read no further than the limit. */
    private static final class Limited extends HttpServletRequestWrapper {
        private final long max;

        Limited(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++read > max) throw new IOException("the body is longer than " + max + " bytes");
                    return b;
                }

                @Override
                public int read(byte[] buffer, int off, int len) throws IOException {
                    int n = in.read(buffer, off, len);
                    if (n > 0 && (read += n) > max) throw new IOException("the body is longer than " + max + " bytes");
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
