package org.homeward.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests refused before any controller sees them, by Tomcat or by Spring Security's firewall, still
 * answer a GOV.UK page: sent over a plain socket, as a browser or a scanner would send them.
 */
@HomewardTest
class ErrorPagesWebTest {

    @LocalServerPort int port;

    record Answer(int status, String head, String body) {
    }

    Answer send(String requestLine, String... headers) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder(requestLine)
                    .append("\r\nHost: localhost\r\nAccept: text/html,*/*;q=0.8\r\nConnection: close\r\n");
            for (String h : headers) {
                request.append(h).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = response.indexOf("\r\n\r\n");
            String head = split < 0 ? response : response.substring(0, split);
            return new Answer(Integer.parseInt(head.substring(9, 12)), head, split < 0 ? "" : response.substring(split + 4));
        }
    }

    static void govukPage(Answer answer, String heading) {
        assertThat(answer.body()).contains("govuk-template__body", "govuk-heading-l", heading,
                "/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css");
        assertThat(answer.body()).doesNotContain("Apache Tomcat", "HTTP Status", "Whitelabel");
        assertThat(answer.head()).containsIgnoringCase("Content-Type: text/html");
    }

    @Test
    void aNullByteInThePathIsABadRequestOnAGovukPage() throws IOException {
        Answer answer = send("GET /episodes/%00 HTTP/1.1");
        assertThat(answer.status()).isEqualTo(400);
        govukPage(answer, "Sorry, there is a problem with that request");
    }

    @Test
    void aPathAboveTheRootIsABadRequestOnAGovukPage() throws IOException {
        Answer answer = send("GET /%2e%2e/ HTTP/1.1");
        assertThat(answer.status()).isEqualTo(400);
        govukPage(answer, "Sorry, there is a problem with that request");
    }

    @Test
    void badUrlEncodingIsABadRequestOnAGovukPage() throws IOException {
        Answer answer = send("GET /episodes/%zz HTTP/1.1");
        assertThat(answer.status()).isEqualTo(400);
        govukPage(answer, "Sorry, there is a problem with that request");
    }

    @Test
    void anInvalidCharacterInTheAddressIsABadRequestOnAGovukPage() throws IOException {
        Answer answer = send("GET /episodes/{x} HTTP/1.1");
        assertThat(answer.status()).isEqualTo(400);
        govukPage(answer, "Sorry, there is a problem with that request");
    }

    @Test
    void anInvalidHeaderIsABadRequestOnAGovukPage() throws IOException {
        Answer answer = send("GET /sign-in HTTP/1.1", "Bad Header: x");
        assertThat(answer.status()).isEqualTo(400);
        govukPage(answer, "Sorry, there is a problem with that request");
    }

    @Test
    void whatTheSecurityFirewallRefusesIsABadRequestOnAGovukPage() throws IOException {
        Answer answer = send("GET /sign-in;jsessionid=x;a=b HTTP/1.1");
        assertThat(answer.status()).isEqualTo(400);
        govukPage(answer, "Sorry, there is a problem with that request");
        Answer encodedPercent = send("GET /sign-in/%2525 HTTP/1.1");
        assertThat(encodedPercent.status()).isEqualTo(400);
        govukPage(encodedPercent, "Sorry, there is a problem with that request");
    }

    @Test
    void anUnknownAddressIsNotFoundOnAGovukPage() throws IOException {
        Answer answer = send("GET /no-such-page HTTP/1.1");
        assertThat(answer.status()).isIn(302, 404);
    }

    /** A form with a file over the largest upload taken: over HTTP, as a browser sends it, whoever sends it. */
    @Test
    void aFileTooLargeToReadIsAnsweredOnAGovukPageNotARefusal() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> tooLarge = client.send(upload(11 * 1024 * 1024), HttpResponse.BodyHandlers.ofString());
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        govukPage(new Answer(413, "Content-Type: " + tooLarge.headers().firstValue("Content-Type").orElse(""),
                tooLarge.body()), "The selected file is too large");
        assertThat(tooLarge.body()).contains("larger than any Homeward takes (10 MB)", "Nothing has been saved");
        HttpResponse<String> smaller = client.send(upload(9 * 1024 * 1024), HttpResponse.BodyHandlers.ofString());
        assertThat(smaller.statusCode()).as("left to the form's own checks, after sign-in").isNotEqualTo(413);
    }

    private HttpRequest upload(int bytes) {
        String boundary = "homeward-upload-test";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"minutes.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + bytes + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, head.length + bytes, tail.length);
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/self-assessment/"
                        + UUID.randomUUID() + "/areas/governance/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }
}
