package org.gongkai.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.app.agency.TestOrganisation;
import org.gongkai.app.system.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every error answers a Chinese page — in the shell when the application answers, a plain Chinese page
 * when Tomcat refuses the request itself — with no "Whitelabel", no exception and no server version.
 * Runs the real server (the same context as the browser tests), since error pages are a servlet
 * container's forward that MockMvc does not make.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ErrorPagesServerTests {
    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    HttpClient anonymous;
    /** Signed in as an agency administrator. */
    HttpClient submitter;

    @BeforeEach
    void clients() throws Exception {
        anonymous = HttpClient.newBuilder().build();
        TestOrganisation org = new TestOrganisation(context);
        String username = TestOrganisation.username("errors");
        org.settledPerson(org.agency("错误页测试局"), username, "错误页测试人员", "Gongkai-Errors-2026", Role.AGENCY_ADMIN);
        submitter = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String csrf = csrf(submitter, "/login");
        HttpResponse<String> signedIn = submitter.send(
                form("/login", "username=" + username + "&password=Gongkai-Errors-2026&_csrf=" + enc(csrf)),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/office");
    }

    @Test
    void notFoundIsAChinesePageInTheShell() throws Exception {
        assertChinesePage(submitter.send(get("/office/no-such-page"), HttpResponse.BodyHandlers.ofString()), 404);
        // outside the URL spaces nothing exists: refused before any lookup (denyAll)
        assertChinesePage(submitter.send(get("/no-such-page"), HttpResponse.BodyHandlers.ofString()), 403);
    }

    @Test
    void forbiddenIsAChinesePageInTheShell() throws Exception {
        HttpResponse<String> page =
                submitter.send(get("/office/platform/agencies"), HttpResponse.BodyHandlers.ofString());
        assertChinesePage(page, 403);
        assertThat(page.body()).contains("您没有权限访问此页面");
    }

    @Test
    void aWrongMethodIsAChinesePageInTheShell() throws Exception {
        String csrf = csrf(submitter, "/office/me");
        HttpResponse<String> page =
                submitter.send(form("/office/me", "_csrf=" + enc(csrf)), HttpResponse.BodyHandlers.ofString());
        assertChinesePage(page, 405);
    }

    @Test
    void aMalformedParameterIsAChinesePageInTheShell() throws Exception {
        HttpResponse<String> page =
                submitter.send(get("/office/people/not-a-number"), HttpResponse.BodyHandlers.ofString());
        assertChinesePage(page, 400);
    }

    @Test
    void aRequestTomcatRefusesIsAChinesePageToo() throws Exception {
        String answer = raw("GET /%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).contains("出错了", "错误代码 400", "请求无法处理");
        assertThat(answer).doesNotContain("Apache Tomcat", "HTTP Status", "Exception", "Whitelabel");
    }

    @Test
    void anUploadAboveTheServletsLimitIsAChinesePageNotAStackTraceNorAForbidden() throws Exception {
        // spring.servlet.multipart.max-request-size is 26 MB: send 27 MB, the CSRF token inside the body
        String csrf = csrf(submitter, "/office/me");
        String boundary = "gongkai-oversize-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--"
                        + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"大文件.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + 27 * 1024 * 1024 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
        HttpResponse<String> page = submitter.send(
                HttpRequest.newBuilder(URI.create(base() + "/office/catalog/items/1/attachments"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertChinesePage(page, 413);
        assertThat(page.body()).contains("提交的内容过大").doesNotContain("您没有权限");
    }

    @Test
    void aServerErrorIsAChinesePageWithoutTheException() throws Exception {
        // the database loses a table for a moment: the departments page cannot be built
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        jdbc.sql("ALTER TABLE department RENAME TO department_away").update();
        HttpResponse<String> page;
        try {
            page = submitter.send(get("/office/departments"), HttpResponse.BodyHandlers.ofString());
        } finally {
            jdbc.sql("ALTER TABLE department_away RENAME TO department").update();
        }
        assertChinesePage(page, 500);
        assertThat(page.body()).contains("平台内部出现错误").doesNotContain("SQL", "department_away", "trace");
    }

    private void assertChinesePage(HttpResponse<String> page, int status) {
        assertThat(page.statusCode()).as(page.uri().toString()).isEqualTo(status);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).contains("text/html");
        assertThat(page.body())
                .as("the answer to %s", page.uri())
                .contains("lang=\"zh-CN\"", "出错了", "错误代码 " + status, "公开 · 政府信息公开平台")
                .doesNotContain("Whitelabel", "Exception", "Apache Tomcat", "HTTP Status", "There was an unexpected");
    }

    private String csrf(HttpClient client, String path) throws Exception {
        String page =
                client.send(get(path), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("a CSRF token on %s", path).isTrue();
        return m.group(1);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path))
                .header("Accept", "text/html")
                .build();
    }

    private HttpRequest form(String path, String body) {
        return HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
