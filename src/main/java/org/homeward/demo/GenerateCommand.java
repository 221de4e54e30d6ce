package org.homeward.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --homeward.generate.children=N}: writes a synthetic data set of N children (and their
 * placements and episodes) into the configured database, prints what it wrote, and exits.
 */
@Component
@Order(10)
class GenerateCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GenerateCommand.class);

    private final SyntheticPartnership generator;
    private final ConfigurableApplicationContext context;
    private final int children;
    private final int authorities;

    GenerateCommand(SyntheticPartnership generator, ConfigurableApplicationContext context,
                    @Value("${homeward.generate.children:0}") int children,
                    @Value("${homeward.generate.authorities:150}") int authorities) {
        this.generator = generator;
        this.context = context;
        this.children = children;
        this.authorities = authorities;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (children <= 0) {
            return;
        }
        SyntheticPartnership.Result r = generator.generate(children, authorities);
        String summary = String.format("Generated %,d children, %,d placements and %,d episodes across %d authorities in %ds",
                r.children(), r.placements(), r.episodes(), authorities, r.took().toSeconds());
        log.info(summary);
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
