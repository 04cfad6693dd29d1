package org.placementledger.infra.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import java.io.IOException;
import java.io.Writer;

/**
 * What the web server itself answers when it refuses a request before the application sees it (a path with an
 * encoded slash or a NUL, a malformed request line): a problem detail with the status, instead of the server's
 * HTML page with its name and version. Nothing of the request or of any exception is echoed.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) return;
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer == null) return;
            String detail = status == 400 ? "The request cannot be read: its path, headers or body are not well formed."
                    : status >= 500 ? "The request could not be completed." : "The server refused the request.";
            writer.write("{\"type\":\"/problems/http-" + status + "\",\"title\":\"Refused by the server\",\"status\":" + status
                    + ",\"detail\":\"" + detail + "\"}");
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the answer already begun: nothing more can be said.
        }
    }
}
