package org.homeward;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class HomewardApplication {

    public static void main(String[] args) {
        SpringApplication.run(HomewardApplication.class, args);
    }
}
