package org.globaloffice.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Map;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Foreign teachers and experts through the real services: school scoping, the passport number never stored or shown
 * in plain text, reveals for the office only and audited, stages only along the pipeline.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForeignExpertsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(WriteHarness.class);
    }

    @ArquillianResource
    URL base;

    private static String passport() {
        return "E" + (10_000_000 + new Random().nextInt(89_999_999));
    }

    private long schoolId(String code) {
        return Api.demo(base, "office").get("/api/v1/schools?code=" + code).json().getJsonArray("rows")
                .getJsonObject(0).getJsonNumber("id").longValue();
    }

    private long newExpert(String liaison, String school, String passport, int teflHours) {
        var created = Api.demo(base, liaison).post("/api/test/experts", Map.of("schoolId", schoolId(school),
                "nativeName", "Jane Smith", "nationality", "gb", "birthDate", "1990-04-01", "passport", passport,
                "teflHours", teflHours));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        return created.json().getJsonNumber("id").longValue();
    }

    @Test
    void aLiaisonsExpertIsNotFoundForAnotherSchool() {
        long id = newExpert("liaison", "FL", passport(), 0);

        assertThat(Api.demo(base, "liaison").get("/api/v1/foreign-experts/" + id).status()).isEqualTo(200);
        assertThat(Api.demo(base, "liaison.cs").get("/api/v1/foreign-experts/" + id).status()).isEqualTo(404);
        assertThat(Api.demo(base, "liaison.cs").put("/api/test/experts/" + id + "/stage", Map.of("to", "SCREENED"))
                .status()).isEqualTo(404);
        assertThat(Api.demo(base, "liaison.cs").get("/api/v1/foreign-experts").json().getJsonArray("rows"))
                .noneSatisfy(e -> assertThat(e.asJsonObject().getJsonNumber("id").longValue()).isEqualTo(id));
        assertThat(Api.demo(base, "liaison").post("/api/test/experts", Map.of("schoolId", schoolId("CS"),
                "nativeName", "X", "nationality", "GB", "birthDate", "1990-01-01", "passport", passport(),
                "teflHours", 0)).status()).as("creating in another school").isEqualTo(404);
    }

    @Test
    void theDatabaseAndTheApiNeverHoldThePassportNumberInPlainText() {
        String number = passport();
        long id = newExpert("liaison", "FL", number, 0);

        var row = Api.demo(base, "office").get("/api/test/experts/" + id + "/row");
        assertThat(row.body()).doesNotContain(number).doesNotContain(number.substring(1));
        assertThat(row.json().getString("passport_last4")).isEqualTo(number.substring(number.length() - 4));
        var shown = Api.demo(base, "office").get("/api/v1/foreign-experts/" + id).json();
        assertThat(shown.getString("passport")).isEqualTo("••••" + number.substring(number.length() - 4));
        assertThat(shown.getString("nationality")).isEqualTo("GB");
        assertThat(Api.demo(base, "auditor").get("/api/v1/audit-records?entityType=ForeignExpert&entityId=" + id)
                .body()).doesNotContain(number.substring(1));
    }

    @Test
    void onlyTheOfficeRevealsANumberAndEachRevealIsAudited() {
        String number = passport();
        long id = newExpert("liaison", "FL", number, 0);

        assertThat(Api.demo(base, "liaison").get("/api/test/experts/" + id + "/passport").status()).isEqualTo(403);
        assertThat(Api.demo(base, "auditor").get("/api/test/experts/" + id + "/passport").status()).isEqualTo(403);
        var revealed = Api.demo(base, "office").get("/api/test/experts/" + id + "/passport");
        assertThat(revealed.json().getString("passport")).isEqualTo(number);

        var trail = Api.demo(base, "auditor")
                .get("/api/v1/audit-records?entityType=ForeignExpert&action=REVEAL&entityId=" + id);
        assertThat(trail.json().getInt("total")).isEqualTo(1);
        assertThat(trail.body()).contains("\"username\":\"office\"").doesNotContain(number.substring(1));
    }

    @Test
    void anExpertIsFoundByTheExactNumberWrittenAnyWay() {
        String number = passport();
        long id = newExpert("liaison", "FL", number, 0);
        String written = number.toLowerCase().substring(0, 4) + " " + number.substring(4);

        var found = Api.demo(base, "office").get("/api/test/experts/by-passport?number=" + written.replace(" ", "%20"));
        assertThat(found.json().getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(Api.demo(base, "liaison.cs").get("/api/test/experts/by-passport?number=" + number).status())
                .isEqualTo(404);
        assertThat(Api.demo(base, "liaison").post("/api/test/experts", Map.of("schoolId", schoolId("FL"),
                "nativeName", "Twin", "nationality", "GB", "birthDate", "1990-01-01", "passport", number,
                "teflHours", 0)).status()).as("the same passport twice").isEqualTo(409);
    }

    @Test
    void theStageMovesOnlyAlongThePipelineAndEachMoveIsAudited() {
        long id = newExpert("liaison", "FL", passport(), 0);
        Api liaison = Api.demo(base, "liaison");

        assertThat(liaison.put("/api/test/experts/" + id + "/stage", Map.of("to", "OFFERED")).status()).isEqualTo(422);
        assertThat(liaison.put("/api/test/experts/" + id + "/stage", Map.of("to", "SCREENED")).status()).isEqualTo(200);
        assertThat(liaison.get("/api/v1/foreign-experts/" + id).json().getString("stage")).isEqualTo("SCREENED");

        var moves = Api.demo(base, "auditor")
                .get("/api/v1/audit-records?entityType=ForeignExpert&action=UPDATE&entityId=" + id);
        assertThat(moves.json().getInt("total")).isEqualTo(1);
        assertThat(moves.body()).contains("\"username\":\"liaison\"", "CANDIDATE", "SCREENED");
    }

    @Test
    void theQualificationCheckSaysWhichRequirementIsMet() {
        long with120 = newExpert("liaison", "FL", passport(), 120);
        long with119 = newExpert("liaison", "FL", passport(), 119);

        var passed = Api.demo(base, "liaison").get("/api/v1/foreign-experts/" + with120 + "/qualification").json();
        var failed = Api.demo(base, "liaison").get("/api/v1/foreign-experts/" + with119 + "/qualification").json();

        assertThat(passed.getString("category")).isEqualTo("B_LANGUAGE_TEACHER");
        assertThat(passed.getBoolean("qualifies")).isTrue();
        assertThat(passed.toString()).contains("qualification.languageTeaching.waivedByTefl");
        assertThat(failed.getBoolean("qualifies")).isFalse();
    }
}
