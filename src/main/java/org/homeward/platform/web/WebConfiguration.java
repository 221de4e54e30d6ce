package org.homeward.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final String govukVersion;

    WebConfiguration(@Value("${homeward.govuk-frontend-version:5.14.0}") String govukVersion) {
        this.govukVersion = govukVersion;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // GOV.UK Frontend's stylesheet loads its fonts and images from /assets/.
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/" + govukVersion
                        + "/dist/govuk/assets/");
    }
}
