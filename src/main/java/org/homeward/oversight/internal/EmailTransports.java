package org.homeward.oversight.internal;

import jakarta.mail.SendFailedException;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;

/** The email transport chosen by {@code homeward.mail.transport}: SMTP, or GOV.UK Notify with one template. */
@Configuration(proxyBeanMethods = false)
class EmailTransports {

    @Bean
    EmailTransport emailTransport(@Value("${homeward.mail.transport:smtp}") String transport, JavaMailSender smtp,
                                  @Value("${homeward.mail.from:homeward@localhost}") String from,
                                  @Value("${homeward.notify.api-key:}") String apiKey,
                                  @Value("${homeward.notify.base-url:https://api.notifications.service.gov.uk}") String baseUrl,
                                  @Value("${homeward.notify.template-id:}") String templateId) {
        if ("notify".equalsIgnoreCase(transport)) {
            if (apiKey.isBlank() || templateId.isBlank()) {
                throw new IllegalStateException("GOV.UK Notify needs HOMEWARD_NOTIFY_API_KEY and HOMEWARD_NOTIFY_TEMPLATE_ID");
            }
            return notify(new NotificationClient(apiKey, baseUrl), templateId);
        }
        if (!"smtp".equalsIgnoreCase(transport)) {
            throw new IllegalStateException("HOMEWARD_MAIL_TRANSPORT must be smtp or notify, not " + transport);
        }
        return (to, subject, body) -> {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(to);
            message.setSubject(subject);
            message.setText(body);
            try {
                smtp.send(message);
            } catch (MailParseException | MailPreparationException e) {
                throw new EmailTransport.NotSent("The email could not be made for its address", e, true);
            } catch (MailException e) {
                if (refusedAddress(e)) {
                    throw new EmailTransport.NotSent("The mail server refused the address", e, true);
                }
                throw new EmailTransport.NotSent("The mail server could not be reached or refused the email", e);
            }
        };
    }

    /** The server answered and refused this recipient: sending again will not help. */
    static boolean refusedAddress(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MailSendException send) {
                for (Exception e : send.getFailedMessages().values()) {
                    if (refusedAddress(e)) {
                        return true;
                    }
                }
            }
            if (t instanceof SendFailedException) {
                return true;
            }
        }
        return false;
    }

    /** The Notify template has two placeholders, ((subject)) and ((body)): Homeward's text stays Homeward's. */
    static EmailTransport notify(NotificationClient client, String templateId) {
        return (to, subject, body) -> {
            try {
                client.sendEmail(templateId, to, Map.of("subject", subject, "body", body), null);
            } catch (NotificationClientException e) {
                // 400: Notify will never accept this email as it is; anything else may pass later.
                throw new EmailTransport.NotSent("GOV.UK Notify refused the email (HTTP " + e.getHttpResult() + ")", e,
                        e.getHttpResult() == 400);
            }
        };
    }
}
