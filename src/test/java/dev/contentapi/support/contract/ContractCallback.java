package dev.contentapi.support.contract;

import io.quarkus.test.junit.callback.QuarkusTestAfterConstructCallback;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Installs {@link ContractFilter} as a global REST Assured filter for every {@code @QuarkusTest}, once (registered in
 * {@code META-INF/services}, so no test has to ask for it): after the test instance is made, so that its
 * {@code @BeforeEach} requests are checked too, and again before each test, in case anything reset REST Assured.
 */
public class ContractCallback implements QuarkusTestAfterConstructCallback, QuarkusTestBeforeEachCallback {

    @Override
    public void afterConstruct(Object testInstance) {
        install();
    }

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        install();
    }

    static synchronized void install() {
        if (RestAssured.filters().stream().noneMatch(ContractFilter.class::isInstance)) {
            RestAssured.filters(new ContractFilter());
        }
    }
}
