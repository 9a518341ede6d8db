package org.gongkai.app.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * A journey through the whole application in a real browser: the server on a random port (profile
 * {@code test}, H2 in memory), driven by the class's {@link Journey}. The application context is
 * shared by every browser test class, so each class makes its own agency and people ({@link
 * TestOrganisation}) with names no other class uses.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface BrowserTest {}
