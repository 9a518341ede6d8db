package org.gongkai.app.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.web.util.HtmlUtils;

/**
 * Tomcat's own answer when a request never reaches the application (a malformed address such as
 * {@code /%zz}, a header Tomcat refuses): a plain Chinese page from the same message file as the
 * shell's error page, without Tomcat's English report, version or stack trace. Every other error is
 * answered by the shell ({@code templates/error.html}).
 */
public class ChineseErrorReportValve extends ErrorReportValve {
    private final Properties messages = new Properties();

    public ChineseErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("i18n/messages.properties")) {
            if (in != null) {
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setContentType("text/html");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(page(status));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away, or the response was already on its way: nothing more to say
        }
    }

    String page(int status) {
        String title = text("error.title");
        String message = messages.getProperty("error." + status, text("error.other"));
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>" + title + " - "
                + text("app.name") + "</title></head><body><main><h1>" + title + "</h1><p>"
                + HtmlUtils.htmlEscape(message)
                + "</p><p>" + text("error.status").replace("{0}", Integer.toString(status)) + "</p><p><a href=\"/\">"
                + text("error.back") + "</a></p></main></body></html>";
    }

    private String text(String key) {
        return HtmlUtils.htmlEscape(messages.getProperty(key, key));
    }
}
