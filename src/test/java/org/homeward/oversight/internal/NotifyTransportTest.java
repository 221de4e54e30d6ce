package org.homeward.oversight.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.service.notify.NotificationClient;

/**
 * The GOV.UK Notify transport, through the real Notify client over HTTP to a local server that answers
 * as Notify's API does: what Homeward sends (template, recipient, the fixed subject and sign-in body,
 * a signed token) and how a refusal is reported.
 */
class NotifyTransportTest {

    static final String SERVICE = UUID.randomUUID().toString();
    static final String KEY = "homeward_test-" + SERVICE + "-" + UUID.randomUUID();
    static final String TEMPLATE = UUID.randomUUID().toString();

    HttpServer server;
    final AtomicReference<String> body = new AtomicReference<>();
    final AtomicReference<String> auth = new AtomicReference<>();
    final AtomicReference<String> path = new AtomicReference<>();
    volatile int status = 201;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            path.set(exchange.getRequestURI().getPath());
            auth.set(exchange.getRequestHeaders().getFirst("Authorization"));
            body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String reply = status == 201 ? """
                    {"id": "%s", "reference": null, "uri": "https://api.notifications.service.gov.uk/v2/notifications/x",
                     "template": {"id": "%s", "version": 1, "uri": "https://api.notifications.service.gov.uk/v2/template/x"},
                     "content": {"subject": "s", "body": "b", "from_email": "homeward@notifications.service.gov.uk"}}"""
                    .formatted(UUID.randomUUID(), TEMPLATE)
                    : "{\"status_code\": 400, \"errors\": [{\"error\": \"BadRequestError\", \"message\": \"Can't send to this recipient using a team-only API key\"}]}";
            byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    EmailTransport transport() {
        return EmailTransports.notify(new NotificationClient(KEY, "http://127.0.0.1:" + server.getAddress().getPort()),
                TEMPLATE);
    }

    @Test
    void anEmailGoesToNotifyWithTheTemplateAndOnlyTheFixedWords() {
        transport().send("sam.okafor@example.gov.uk", "Homeward: a task is overdue", "Sign in: https://homeward/notifications");
        assertThat(path.get()).isEqualTo("/v2/notifications/email");
        assertThat(auth.get()).startsWith("Bearer ");
        assertThat(body.get()).contains("\"template_id\":\"" + TEMPLATE + "\"")
                .contains("\"email_address\":\"sam.okafor@example.gov.uk\"")
                .contains("Homeward: a task is overdue").contains("Sign in: https://homeward/notifications");
    }

    @Test
    void aRefusalIsReportedSoTheEmailIsTriedAgain() {
        status = 400;
        assertThatThrownBy(() -> transport().send("someone@example.org", "Homeward: a task is overdue", "Sign in"))
                .isInstanceOf(EmailTransport.NotSent.class).hasMessageContaining("HTTP 400");
    }
}
