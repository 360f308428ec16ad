package no.vidsynt.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform as a whole, black box: the real war in Payara Micro against this run's MariaDB database.
 * Migrations, the start page, the REST API and its errors, OpenAPI, health, sign-in and its delay, and the contract of
 * every deployed course module as seen from outside.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

    private static final String DEMO_PASSWORD = "vidsynt-demo";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return VidSyntDeployment.war();
    }

    @ArquillianResource
    URL url;

    private Http http;
    private URI base;

    @BeforeEach
    void connect() throws Exception {
        base = url.toURI();
        http = new Http(base);
    }

    @Test
    void migrationsCreatedTheSchemaInMariaDbAndDemoPeopleExist() throws Exception {
        try (Connection db = TestDatabase.connect()) {
            ResultSet history = db.createStatement()
                    .executeQuery(
                            "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank");
            List<String> applied = new ArrayList<>();
            while (history.next()) {
                assertThat(history.getBoolean("success")).isTrue();
                applied.add(history.getString("version"));
            }
            assertThat(applied).startsWith("1");
            assertThat(db.getMetaData().getDatabaseProductVersion()).containsIgnoringCase("MariaDB");
            ResultSet people = db.createStatement().executeQuery("SELECT COUNT(*) FROM person");
            people.next();
            assertThat(people.getInt(1)).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void theStartPageListsBothProgrammesInBokmaal() {
        var response = http.get("");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("lang=\"nb\"")
                .contains("VidSynt Veiledning")
                .contains("VidSynt Medarbeider")
                .contains("Logg inn");
    }

    @Test
    void theApiListsTheProgrammesInTheAskedLanguage() {
        var response = http.get("api/v1/programmes");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonArray programmes = (JsonArray) Http.json(response);
        assertThat(programmes.getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("key"))
                .containsExactly("medarbeider", "veiledning");
        JsonObject english = (JsonObject) Http.json(http.get("api/v1/programmes/veiledning?lang=en"));
        assertThat(english.getString("name")).isEqualTo("VidSynt Veiledning (supervision)");
        JsonObject bokmaal =
                (JsonObject) Http.json(http.get("api/v1/programmes/veiledning", "Accept-Language", "nb-NO"));
        assertThat(bokmaal.getString("name")).isEqualTo("VidSynt Veiledning");
    }

    @Test
    void apiErrorsAreProblemDocumentsWithoutInternals() {
        for (String path : List.of("api/v1/programmes/no-such-programme", "api/v1/no-such-resource")) {
            var response = http.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type"))
                    .as(path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            JsonObject problem = (JsonObject) Http.json(response);
            assertThat(problem.getInt("status")).isEqualTo(404);
            assertThat(problem.getString("title")).isEqualTo("Not Found");
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("at no.vidsynt");
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        var response = http.get("openapi", "Accept", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("/api/v1/programmes")
                .contains("/api/v1/me")
                .contains("VidSynt API");
    }

    @Test
    void readinessChecksTheDatabase() {
        var response = http.get("health/ready");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject health = (JsonObject) Http.json(response);
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonArray("checks").getValuesAs(JsonObject.class)).anySatisfy(check -> {
            assertThat(check.getString("name")).isEqualTo("database");
            assertThat(check.getString("status")).isEqualTo("UP");
            assertThat(check.getJsonObject("data").getString("product")).containsIgnoringCase("MariaDB");
        });
    }

    @Test
    void theApiKnowsWhoSignedInAndRefusesEveryoneElse() {
        var anonymous = http.get("api/v1/me", "Accept", "application/json");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));

        assertThat(http.getAs("lise", "wrong password", "api/v1/me").statusCode())
                .isEqualTo(401);

        var lise = http.getAs("lise", DEMO_PASSWORD, "api/v1/me");
        assertThat(lise.statusCode()).isEqualTo(200);
        JsonObject profile = (JsonObject) Http.json(lise);
        assertThat(profile.getString("username")).isEqualTo("lise");
        assertThat(profile.getJsonArray("roles").getValuesAs(JsonString.class))
                .extracting(JsonString::getString)
                .containsExactly("learner");
        assertThat(lise.body()).doesNotContain("password").doesNotContain("PBKDF2");
    }

    @Test
    void repeatedFailuresDelayTheAccountWithoutRevealingAnything() throws Exception {
        String unknown =
                http.getAs("nobody-by-this-name", "whatever", "api/v1/me").body();
        String wrong = null;
        for (int attempt = 0; attempt < 6; attempt++) {
            var response = http.getAs("arne", "not-the-password-" + attempt, "api/v1/me");
            assertThat(response.statusCode()).isEqualTo(401);
            wrong = response.body();
        }
        var rightButTooSoon = http.getAs("arne", DEMO_PASSWORD, "api/v1/me");
        assertThat(rightButTooSoon.statusCode())
                .as("the account waits after repeated failures")
                .isEqualTo(401);
        assertThat(rightButTooSoon.body())
                .as("the same answer as a wrong password")
                .isEqualTo(wrong);
        assertThat(unknown).as("the same answer as an unknown user").isEqualTo(wrong);
        try (Connection db = TestDatabase.connect()) {
            ResultSet row = db.createStatement()
                    .executeQuery("SELECT failed_sign_ins, sign_in_blocked_until FROM person WHERE username = 'arne'");
            row.next();
            assertThat(row.getInt(1))
                    .as("attempts while waiting are not counted again")
                    .isEqualTo(5);
            assertThat(row.getTimestamp(2)).isNotNull();
        }
    }

    @Test
    void signingInThroughTheFormOpensTheProgrammePagesAndSigningOutClosesThem() {
        var visitor = new FormSession(base);
        var beforeSignIn = visitor.get("veiledning/programme.xhtml");
        assertThat(beforeSignIn.statusCode()).isEqualTo(302);
        assertThat(beforeSignIn.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("/login.xhtml"));

        var refused = visitor.signIn("lise", "wrong");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Brukernavnet eller passordet er feil");

        var signedIn = visitor.signIn("lise", DEMO_PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(visitor.get("").body()).contains("Lise Larsen");
    }

    @Test
    void everyCourseModuleKeepsItsContractFromOutside() {
        var learner = new FormSession(base);
        learner.signIn("lise", DEMO_PASSWORD);
        JsonArray programmes = (JsonArray) Http.json(http.get("api/v1/programmes"));
        assertThat(programmes).hasSizeGreaterThanOrEqualTo(2);
        for (JsonObject programme : programmes.getValuesAs(JsonObject.class)) {
            String key = programme.getString("key");
            JsonObject english = (JsonObject) Http.json(http.get("api/v1/programmes/" + key + "?lang=en"));
            assertThat(english.getString("name")).as(key).isNotBlank();
            assertThat(english.getString("description")).as(key).isNotEqualTo(programme.getString("description"));
            assertThat(programme.getString("view")).as(key).startsWith("/" + key + "/");

            var page = learner.get(programme.getString("view").substring(1));
            assertThat(page.statusCode()).as(key).isEqualTo(200);
            assertThat(page.body())
                    .as(key)
                    .contains(programme.getString("name"))
                    .contains("lang=\"nb\"");
        }
    }

    @Test
    void anUnknownPageGetsTheFriendlyNotFoundPage() {
        var learner = new FormSession(base);
        learner.signIn("lise", DEMO_PASSWORD);
        var response = learner.get("no-such-page.xhtml");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .contains("Vi fant ikke siden")
                .doesNotContain("at no.vidsynt")
                .doesNotContain("Caused by");
    }
}
