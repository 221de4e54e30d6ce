package org.homeward.platform.events;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Another module's reaction to an event ({@code @ApplicationModuleListener}) runs after the publisher's transaction
 * commits, in a transaction of its own on Spring Boot's task executor, from a publication Spring Modulith wrote in the
 * publisher's transaction: a reaction that fails leaves the publication to be tried again and undoes nothing the
 * person did (decision 0032).
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class Reactions {
}
