package dev.orbita;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

/** Orbita CRM: a modular monolith; each direct sub-package is an application module. */
@Modulithic(systemName = "Orbita CRM", sharedModules = { "shared", "web" })
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
public class OrbitaApplication {

    public static void main(String[] args) {
        SpringApplication.run(OrbitaApplication.class, args);
    }
}
