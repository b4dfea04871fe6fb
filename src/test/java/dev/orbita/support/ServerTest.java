package dev.orbita.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real embedded server at a random port (Tomcat's own parsing of URLs,
 * parameters and headers included), on in-memory H2 or on PostgreSQL with {@code -Ppostgres}. One
 * shared context for every class so annotated: tests make their own data. Talk to it with
 * {@link HttpApi}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface ServerTest {
}
