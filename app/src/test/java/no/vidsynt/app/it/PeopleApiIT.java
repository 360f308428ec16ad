package no.vidsynt.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
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
 * People, organisation, CSV import and audit log through the API, black box against MariaDB: creating, searching,
 * deactivating (and then being refused at sign-in), the import's dry run, all-or-nothing and idempotence, the audit
 * entries every change writes, and that no one but an administrator reads or changes anyone else's data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PeopleApiIT {

    private static final String PASSWORD = "vidsynt-demo";
    private static final String HEADER = "username;name;email;language;roles;units\n";
    /** The tests' own units, so that the demo's units and people stay as other tests expect them. */
    private static final String REGION = "Region prøve";

    private static final String ALFA = REGION + "/Avdeling Alfa";
    private static final String BETA = REGION + "/Avdeling Beta";
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return VidSyntDeployment.war();
    }

    @ArquillianResource
    URL url;

    private URI base;

    @BeforeEach
    void connect() throws Exception {
        base = url.toURI();
        if (findUnit(REGION) == null) {
            long region = json(send(
                            "ada", "POST", "api/v1/org-units", "application/json", "{\"name\":\"" + REGION + "\"}"))
                    .getJsonNumber("id")
                    .longValue();
            for (String name : List.of("Avdeling Alfa", "Avdeling Beta")) {
                send(
                        "ada",
                        "POST",
                        "api/v1/org-units",
                        "application/json",
                        "{\"name\":\"" + name + "\",\"parentId\":" + region + "}");
            }
        }
    }

    @Test
    void anAdministratorCreatesFindsDeactivatesAndReactivatesAPerson() {
        long alfa = unitId(ALFA);
        var created = send("ada", "POST", "api/v1/people", "application/json", """
                {"username":"pia","displayName":"Pia Ødegård","email":"pia@example.no","preferredLanguage":"nb",
                 "roles":["LEARNER"],"unitIds":[%d]}""".formatted(alfa));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject pia = json(created);
        long id = pia.getJsonNumber("id").longValue();
        assertThat(pia.getBoolean("hasPassword")).isFalse();
        assertThat(pia.getJsonArray("units").getJsonObject(0).getString("path")).isEqualTo(ALFA);

        assertThat(send("ada", "POST", "api/v1/people", "application/json", """
                {"username":"pia","displayName":"Another","email":"other@example.no"}""").statusCode())
                .as("the username is taken")
                .isEqualTo(409);
        assertThat(send("ada", "POST", "api/v1/people", "application/json", """
                {"username":"","displayName":"","email":"not an e-mail"}""").statusCode())
                .isEqualTo(400);

        assertThat(send("pia", "GET", "api/v1/me", null, null).statusCode())
                .as("no password yet")
                .isEqualTo(401);
        assertThat(send(
                                "ada",
                                "PUT",
                                "api/v1/people/" + id + "/password",
                                "application/json",
                                "{\"password\":\"short\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(send(
                                "ada",
                                "PUT",
                                "api/v1/people/" + id + "/password",
                                "application/json",
                                "{\"password\":\"en lang nok setning\"}")
                        .statusCode())
                .isEqualTo(204);
        assertThat(sendAs("pia", "en lang nok setning", "GET", "api/v1/me", null, null)
                        .statusCode())
                .isEqualTo(200);

        JsonObject byName = json(send("ada", "GET", "api/v1/people?q=%C3%B8deg%C3%A5rd", null, null));
        assertThat(byName.getInt("total")).isEqualTo(1);
        assertThat(byName.getJsonArray("items").getJsonObject(0).getString("username"))
                .isEqualTo("pia");
        JsonObject inRegion =
                json(send("ada", "GET", "api/v1/people?unit=" + unitId(REGION) + "&role=learner&size=50", null, null));
        assertThat(usernames(inRegion))
                .as("the region's search includes the units below it")
                .contains("pia")
                .doesNotContain("lise", "arne", "tor", "ada");
        JsonObject inSor = json(
                send("ada", "GET", "api/v1/people?unit=" + unitId("Region sør") + "&role=learner&size=50", null, null));
        assertThat(usernames(inSor)).contains("lise", "arne").doesNotContain("pia", "tor", "ada");
        JsonObject paged = json(send("ada", "GET", "api/v1/people?size=2&page=1", null, null));
        assertThat(paged.getInt("page")).isEqualTo(1);
        assertThat(paged.getInt("size")).isEqualTo(2);
        assertThat(paged.getJsonArray("items")).hasSize(2);
        assertThat(paged.getInt("total")).isGreaterThanOrEqualTo(7);

        var deactivated = send("ada", "POST", "api/v1/people/" + id + "/deactivate", null, null);
        assertThat(json(deactivated).getBoolean("active")).isFalse();
        assertThat(sendAs("pia", "en lang nok setning", "GET", "api/v1/me", null, null)
                        .statusCode())
                .as("a deactivated person cannot sign in")
                .isEqualTo(401);
        assertThat(usernames(json(send("ada", "GET", "api/v1/people?active=false", null, null))))
                .contains("pia");
        assertThat(usernames(json(send("ada", "GET", "api/v1/people?active=true&size=200", null, null))))
                .doesNotContain("pia");
        assertThat(send("ada", "POST", "api/v1/people/" + id + "/reactivate", null, null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(sendAs("pia", "en lang nok setning", "GET", "api/v1/me", null, null)
                        .statusCode())
                .isEqualTo(200);

        var update = send("ada", "PUT", "api/v1/people/" + id, "application/json", """
                {"username":"pia","displayName":"Pia Ø. Hansen","email":"pia@example.no","preferredLanguage":"en",
                 "roles":["LEARNER","TRAINER"],"unitIds":[%d]}""".formatted(unitId(BETA)));
        assertThat(update.statusCode()).as(update.body()).isEqualTo(200);
        assertThat(json(update).getJsonArray("roles").getValuesAs(JsonString.class))
                .extracting(JsonString::getString)
                .containsExactly("learner", "trainer");

        List<JsonObject> entries = auditEntries(id);
        assertThat(entries)
                .extracting(entry -> entry.getString("action"))
                .contains(
                        "person.created",
                        "person.password_set",
                        "person.deactivated",
                        "person.reactivated",
                        "person.updated");
        for (JsonObject entry : entries) {
            assertThat(entry.getString("actor")).isEqualTo("ada");
            assertThat(entry.getString("details"))
                    .doesNotContain("en lang nok setning")
                    .doesNotContain("PBKDF2");
        }
        assertThat(send("ada", "POST", "api/v1/people/" + adminId() + "/deactivate", null, null)
                        .statusCode())
                .as("an administrator cannot lock themselves out")
                .isEqualTo(400);
    }

    @Test
    void aDryRunReportsEveryBadLineWithItsNumberAndChangesNothing() {
        long before = peopleCount();
        var response = send(
                "ada",
                "POST",
                "api/v1/people/import?dryRun=true",
                "text/csv; charset=UTF-8",
                HEADER
                        + "åse;Åse Ås;ase@example.no;nb;learner;Region sør/Avdeling Arendal\n"
                        + "nobody;;nobody@example.no;nb;learner;Region sør\n"
                        + "mail;Bad Mail;no-at-sign;nb;learner;Region sør\n"
                        + "role;Bad Role;role@example.no;nb;sjef;Region sør\n"
                        + "unit;Bad Unit;unit@example.no;nb;learner;Region vest\n"
                        + "åse;Åse Again;ase2@example.no;nb;learner;Region sør\n"
                        + "lise;Other Lise;other.lise@example.no;nb;learner;Region sør\n");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject report = json(response);
        assertThat(report.getBoolean("dryRun")).isTrue();
        assertThat(report.getBoolean("applied")).isFalse();
        assertThat(report.getInt("created")).isEqualTo(1);
        List<String> problems = new ArrayList<>();
        for (JsonObject problem : report.getJsonArray("problems").getValuesAs(JsonObject.class)) {
            problems.add(problem.getInt("line") + ":" + problem.getString("code"));
        }
        assertThat(problems)
                .containsExactly(
                        "3:missing",
                        "4:badEmail",
                        "5:unknownRole",
                        "6:unknownUnit",
                        "7:duplicateUsername",
                        "8:usernameTaken");
        assertThat(peopleCount()).isEqualTo(before);
    }

    @Test
    void anImportAppliesEveryLineOrNone() {
        String file = HEADER
                + "gro;Gro Grønn;gro@example.no;nb;learner;Avdeling Alfa\n"
                + "bo;Bo Berg;bo@example.no;nb;learner;Avdeling Som Ikke Finnes\n"
                + "siv;Siv Sæther;siv@example.no;en;learner,trainer;Avdeling Beta\n";
        var response = send("ada", "POST", "api/v1/people/import", "text/csv", file);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).getBoolean("applied")).isFalse();
        long auditBefore = auditCount();
        assertThat(json(send("ada", "POST", "api/v1/people/import", "text/csv", file))
                        .getBoolean("applied"))
                .isFalse();
        for (String username : List.of("gro", "bo", "siv")) {
            assertThat(findPerson(username)).as(username).isNull();
        }
        assertThat(auditCount()).as("no audit entry for what did not happen").isEqualTo(auditBefore);
    }

    @Test
    void reimportingTheSameFileChangesNothing() {
        String file = HEADER
                + "nils;Nils Nærø;nils@example.no;nb;learner;Region prøve/Avdeling Alfa\n"
                + "tove;Tove Ødegaard;tove@example.no;en;deltaker,leder;Avdeling Beta,Avdeling Alfa\n";
        JsonObject first = json(send("ada", "POST", "api/v1/people/import", "text/csv", file));
        assertThat(first.getBoolean("applied")).isTrue();
        assertThat(first.getInt("created")).isEqualTo(2);
        JsonObject again = json(send("ada", "POST", "api/v1/people/import", "text/csv", file));
        assertThat(again.getInt("created")).isZero();
        assertThat(again.getInt("updated")).isZero();
        assertThat(again.getInt("unchanged")).isEqualTo(2);
        JsonObject changed = json(send(
                "ada",
                "POST",
                "api/v1/people/import",
                "text/csv",
                file.replace("Avdeling Beta,Avdeling Alfa", "Avdeling Beta")));
        assertThat(changed.getInt("updated")).isEqualTo(1);
        assertThat(changed.getInt("unchanged")).isEqualTo(1);

        JsonObject nils = findPerson("nils");
        JsonObject tove = findPerson("tove");
        assertThat(nils.getBoolean("hasPassword"))
                .as("imported people get no password")
                .isFalse();
        assertThat(tove.getBoolean("hasPassword")).isFalse();
        assertThat(tove.getJsonArray("units")).as("tove left Alfa").hasSize(1);
        assertThat(tove.getJsonArray("roles").getValuesAs(JsonString.class))
                .extracting(JsonString::getString)
                .containsExactly("leader", "learner");
        assertThat(nils.getString("displayName")).isEqualTo("Nils Nærø");
        JsonObject log = json(send("ada", "GET", "api/v1/audit?action=people.import_applied&size=10", null, null));
        assertThat(log.getInt("total")).isGreaterThanOrEqualTo(3);
        assertThat(log.getJsonArray("items").getJsonObject(0).getString("details"))
                .isEqualTo("0 created, 1 updated, 1 unchanged");
    }

    @Test
    void theOrganisationTreeIsReadByEveryoneAndChangedByAdministrators() {
        long region = unitId(REGION);
        JsonObject department = json(send(
                "ada",
                "POST",
                "api/v1/org-units",
                "application/json",
                "{\"name\":\"Avdeling Mandal\",\"parentId\":" + region + "}"));
        assertThat(department.getString("kind")).isEqualTo("DEPARTMENT");
        long mandal = department.getJsonNumber("id").longValue();
        JsonObject team = json(send(
                "ada",
                "POST",
                "api/v1/org-units",
                "application/json",
                "{\"name\":\"Team Sjøsiden\",\"parentId\":" + mandal + "}"));
        assertThat(team.getString("kind")).isEqualTo("TEAM");
        assertThat(team.getString("path")).isEqualTo(REGION + "/Avdeling Mandal/Team Sjøsiden");
        long teamId = team.getJsonNumber("id").longValue();
        assertThat(send(
                                "ada",
                                "POST",
                                "api/v1/org-units",
                                "application/json",
                                "{\"name\":\"Under et team\",\"parentId\":" + teamId + "}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(send(
                                "ada",
                                "POST",
                                "api/v1/org-units",
                                "application/json",
                                "{\"name\":\"avdeling mandal\",\"parentId\":" + region + "}")
                        .statusCode())
                .isEqualTo(409);
        assertThat(send(
                                "ada",
                                "PUT",
                                "api/v1/org-units/" + mandal,
                                "application/json",
                                "{\"name\":\"Avdeling Mandal\",\"parentId\":" + teamId + "}")
                        .statusCode())
                .as("not below itself")
                .isEqualTo(400);

        JsonObject renamed = json(send(
                "ada",
                "PUT",
                "api/v1/org-units/" + teamId,
                "application/json",
                "{\"name\":\"Team Havet\",\"parentId\":" + unitId(ALFA) + "}"));
        assertThat(renamed.getString("path")).isEqualTo(ALFA + "/Team Havet");
        assertThat(renamed.getString("kind")).isEqualTo("TEAM");

        long leo = createPerson("leo", "Leo Leder");
        JsonObject led = json(send("ada", "PUT", "api/v1/org-units/" + mandal + "/leaders/" + leo, null, null));
        assertThat(led.getJsonArray("leaders").getJsonObject(0).getString("username"))
                .isEqualTo("leo");
        assertThat(findPerson("leo").getJsonArray("roles").getValuesAs(JsonString.class))
                .extracting(JsonString::getString)
                .as("a leader holds the leader role")
                .contains("leader");
        JsonObject unled = json(send("ada", "DELETE", "api/v1/org-units/" + mandal + "/leaders/" + leo, null, null));
        assertThat(unled.getJsonArray("leaders")).isEmpty();

        var tree = send("lise", "GET", "api/v1/org-units", null, null);
        assertThat(tree.statusCode()).isEqualTo(200);
        assertThat(((JsonArray) Http.json(tree)).getValuesAs(JsonObject.class))
                .extracting(u -> u.getString("path"))
                .contains("Region sør", REGION + "/Avdeling Mandal", ALFA + "/Team Havet");

        JsonObject log = json(send(
                "ada",
                "GET",
                "api/v1/audit?action=org_unit.&actor=ada&from="
                        + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo"))
                                .minusDays(1) + "&size=50",
                null,
                null));
        List<String> actions = new ArrayList<>();
        log.getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .forEach(entry -> actions.add(entry.getString("action")));
        assertThat(actions)
                .contains(
                        "org_unit.created",
                        "org_unit.renamed",
                        "org_unit.moved",
                        "org_unit.leader_added",
                        "org_unit.leader_removed")
                .allMatch(action -> action.startsWith("org_unit."));
        assertThat(json(send("ada", "GET", "api/v1/audit?from=2000-01-01&to=2000-01-02", null, null))
                        .getInt("total"))
                .isZero();
    }

    @Test
    void everyoneChangesTheirOwnProfileAndNothingElse() {
        createPerson("une", "Une Uten");
        var changed = send(
                "une",
                "PUT",
                "api/v1/me",
                "application/json",
                "{\"displayName\":\"Une Åsen\",\"preferredLanguage\":\"en\"}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(json(changed).getString("displayName")).isEqualTo("Une Åsen");
        assertThat(json(changed).getString("preferredLanguage")).isEqualTo("en");
        assertThat(send("une", "PUT", "api/v1/me", "application/json", "{\"email\":\"lise@demo.vidsynt.no\"}")
                        .statusCode())
                .as("someone else's e-mail")
                .isEqualTo(409);
        assertThat(send(
                                "une",
                                "PUT",
                                "api/v1/me/password",
                                "application/json",
                                "{\"currentPassword\":\"wrong\",\"newPassword\":\"a long enough password\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(send(
                                "une",
                                "PUT",
                                "api/v1/me/password",
                                "application/json",
                                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"too short\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(send("une", "GET", "api/v1/me", null, null).statusCode())
                .as("the password is unchanged")
                .isEqualTo(200);
    }

    @Test
    void nobodyButAnAdministratorReadsOrChangesPeopleOrganisationOrTheAuditLog() {
        long ada = adminId();
        long lise = personId("lise");
        long unit = unitId("Region sør/Avdeling Kristiansand");
        String person = "{\"username\":\"x\",\"displayName\":\"X\",\"email\":\"x@example.no\"}";
        String csv = HEADER + "x;X;x@example.no;nb;learner;Region sør\n";
        List<String[]> calls = List.of(
                new String[] {"GET", "api/v1/people", null, null},
                new String[] {"GET", "api/v1/people?q=ada", null, null},
                new String[] {"GET", "api/v1/people/" + ada, null, null},
                new String[] {"GET", "api/v1/people/" + lise, null, null},
                new String[] {"POST", "api/v1/people", "application/json", person},
                new String[] {"PUT", "api/v1/people/" + ada, "application/json", person},
                new String[] {"PUT", "api/v1/people/" + lise, "application/json", person},
                new String[] {"POST", "api/v1/people/" + ada + "/deactivate", null, null},
                new String[] {"POST", "api/v1/people/" + lise + "/deactivate", null, null},
                new String[] {"POST", "api/v1/people/" + lise + "/reactivate", null, null},
                new String[] {
                    "PUT",
                    "api/v1/people/" + ada + "/password",
                    "application/json",
                    "{\"password\":\"taken over at last\"}"
                },
                new String[] {"POST", "api/v1/people/import?dryRun=true", "text/csv", csv},
                new String[] {"POST", "api/v1/people/import", "text/csv", csv},
                new String[] {"POST", "api/v1/org-units", "application/json", "{\"name\":\"Mine\"}"},
                new String[] {"PUT", "api/v1/org-units/" + unit, "application/json", "{\"name\":\"Mine\"}"},
                new String[] {"PUT", "api/v1/org-units/" + unit + "/leaders/" + lise, null, null},
                new String[] {"DELETE", "api/v1/org-units/" + unit + "/leaders/" + personId("leif"), null, null},
                new String[] {"GET", "api/v1/audit", null, null},
                new String[] {"GET", "api/v1/audit?actor=ada", null, null});
        long auditBefore = auditCount();
        for (String who : new String[] {"lise", "tor", "anne", "leif", "arne", null}) {
            for (String[] call : calls) {
                var response = who == null
                        ? sendAs(null, null, call[0], call[1], call[2], call[3])
                        : send(who, call[0], call[1], call[2], call[3]);
                assertThat(response.statusCode())
                        .as(who + " " + call[0] + " " + call[1] + ": " + response.body())
                        .isIn(401, 403, 404);
            }
        }
        assertThat(auditCount()).as("nothing changed").isEqualTo(auditBefore);
        assertThat(findPerson("x")).isNull();
        JsonObject kristiansand = json(send("ada", "GET", "api/v1/org-units/" + unit, null, null));
        assertThat(kristiansand.getString("name")).isEqualTo("Avdeling Kristiansand");
        assertThat(kristiansand.getJsonArray("leaders")).hasSize(1);
        assertThat(findPerson("ada").getBoolean("active")).isTrue();
        assertThat(findPerson("lise").getBoolean("active")).isTrue();
    }

    // --- helpers ---

    private HttpResponse<String> send(String username, String method, String path, String contentType, String body) {
        return sendAs(username, PASSWORD, method, path, contentType, body);
    }

    private HttpResponse<String> sendAs(
            String username, String password, String method, String path, String contentType, String body) {
        var builder = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        if (username != null) {
            builder.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(HttpResponse<String> response) {
        return (JsonObject) Http.json(response);
    }

    private static List<String> usernames(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("username"))
                .toList();
    }

    private long unitId(String path) {
        JsonObject unit = findUnit(path);
        if (unit == null) {
            throw new AssertionError("no unit " + path);
        }
        return unit.getJsonNumber("id").longValue();
    }

    private JsonObject findUnit(String path) {
        var tree = (JsonArray) Http.json(send("ada", "GET", "api/v1/org-units", null, null));
        return tree.getValuesAs(JsonObject.class).stream()
                .filter(unit -> unit.getString("path").equals(path))
                .findFirst()
                .orElse(null);
    }

    /** A learner in the tests' own department, with the demo password; returns their id. */
    private long createPerson(String username, String name) {
        var created = send("ada", "POST", "api/v1/people", "application/json", """
                {"username":"%s","displayName":"%s","email":"%s@example.no","unitIds":[%d]}""".formatted(
                        username, name, username, unitId(BETA)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json(created).getJsonNumber("id").longValue();
        assertThat(send(
                                "ada",
                                "PUT",
                                "api/v1/people/" + id + "/password",
                                "application/json",
                                "{\"password\":\"" + PASSWORD + "\"}")
                        .statusCode())
                .isEqualTo(204);
        return id;
    }

    private List<JsonObject> auditEntries(long personId) {
        JsonObject page = json(send("ada", "GET", "api/v1/audit?action=person.&size=200", null, null));
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(entry -> entry.containsKey("targetId")
                        && entry.getString("targetId").equals(String.valueOf(personId)))
                .toList();
    }

    private long auditCount() {
        return json(send("ada", "GET", "api/v1/audit?size=1", null, null))
                .getJsonNumber("total")
                .longValue();
    }

    private long peopleCount() {
        return json(send("ada", "GET", "api/v1/people?size=1", null, null))
                .getJsonNumber("total")
                .longValue();
    }

    /** The person with exactly this username, or null. */
    private JsonObject findPerson(String username) {
        JsonObject page = json(send("ada", "GET", "api/v1/people?size=200&q=" + username, null, null));
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(person -> person.getString("username").equals(username))
                .findFirst()
                .orElse(null);
    }

    private long adminId() {
        return personId("ada");
    }

    private long personId(String username) {
        JsonObject person = findPerson(username);
        if (person == null) {
            throw new AssertionError("no person " + username);
        }
        return person.getJsonNumber("id").longValue();
    }
}
