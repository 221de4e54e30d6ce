package org.homeward.platform.web;

import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.ViewResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Every error answers a GOV.UK page, including those decided before Spring sees the request:
 * <ul>
 * <li>a database that cannot be reached: a 503 page ({@link DatabaseUnavailableFilter});</li>
 * <li>a file larger than any upload taken: a 413 page ({@link OversizeUploadFilter});</li>
 * <li>requests Tomcat itself refuses (a null byte or {@code ..} in the path, bad URL encoding, an invalid
 * header): Tomcat's error report valve serves our 400 and 500 pages, rendered from the same templates
 * when the server starts, instead of its own;</li>
 * <li>requests Spring Security's firewall refuses (a semicolon or an encoded percent sign in the path): its
 * default handler answers 400, and Spring's {@code /error} renders it like any other.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ErrorPagesConfiguration {

    @Bean
    FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(ViewResolver thymeleafViewResolver) {
        FilterRegistrationBean<DatabaseUnavailableFilter> registration =
                new FilterRegistrationBean<>(new DatabaseUnavailableFilter(thymeleafViewResolver));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC,
                DispatcherType.FORWARD);
        return registration;
    }

    /** Inside the database filter, outside sign-in: a file too large to read is answered before the CSRF check. */
    @Bean
    FilterRegistrationBean<OversizeUploadFilter> oversizeUploadFilter(ViewResolver thymeleafViewResolver,
            @Value("${spring.servlet.multipart.max-file-size:10MB}") DataSize largest) {
        FilterRegistrationBean<OversizeUploadFilter> registration = new FilterRegistrationBean<>(
                new OversizeUploadFilter(thymeleafViewResolver, largest.toBytes(), DataSize.ofMegabytes(100).toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcatErrorPages(ObjectProvider<ITemplateEngine> templates) {
        return new TomcatErrorPages(templates);
    }

    /** After Spring Boot's own customizer, which adds the error report valve that this one configures. */
    static final class TomcatErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        private final ObjectProvider<ITemplateEngine> templates;

        TomcatErrorPages(ObjectProvider<ITemplateEngine> templates) {
            this.templates = templates;
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Path badRequest = render("error/4xx");
                Path problem = render("error/5xx");
                List<ErrorReportValve> valves = Arrays.stream(context.getParent().getPipeline().getValves())
                        .filter(ErrorReportValve.class::isInstance).map(ErrorReportValve.class::cast).toList();
                if (valves.isEmpty()) {
                    ErrorReportValve valve = new ErrorReportValve();
                    context.getParent().getPipeline().addValve(valve);
                    valves = List.of(valve);
                }
                for (ErrorReportValve valve : valves) {
                    valve.setShowReport(false);
                    valve.setShowServerInfo(false);
                    valve.setProperty("errorCode.400", badRequest.toString());
                    // Any other status Tomcat answers by itself.
                    valve.setProperty("errorCode.0", problem.toString());
                }
            });
        }

        private Path render(String view) {
            try {
                Path file = Files.createTempFile("homeward-" + view.replace('/', '-'), ".html");
                file.toFile().deleteOnExit();
                Files.writeString(file, templates.getObject().process(view, new Context(Locale.UK)),
                        StandardCharsets.UTF_8);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write the error page " + view, e);
            }
        }
    }

}
