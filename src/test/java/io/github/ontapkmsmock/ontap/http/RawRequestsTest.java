package io.github.ontapkmsmock.ontap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.ontapkmsmock.testing.Inventory;
import io.github.ontapkmsmock.testing.OntapTest;
import io.github.ontapkmsmock.testing.RawHttp;
import io.github.ontapkmsmock.testing.RawHttp.Answer;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Requests as curl sends them, byte for byte: raw {@code | < > [ ] { }} are read like their percent-encoded forms; a
 * URI that cannot be decoded, or a body over the size limit, is ONTAP's error envelope, never a bare status.
 */
@QuarkusTest
class RawRequestsTest extends OntapTest {

    private static final String CERTS = "/api/security/certificates";

    @Test
    void rawAlternativesFilterLikeEncodedOnes() {
        Answer raw = RawHttp.get(CERTS + "?type=client|server_ca&svm.name=vs0&fields=type");
        assertEquals(200, raw.status(), raw.body());
        assertEquals("application/hal+json", raw.header("Content-Type"));
        assertEquals(List.of("client", "server_ca"), raw.json().getList("records.type"));
        // RestAssured percent-encodes the | it is given
        assertEquals(raw.json().getList("records.uuid"), api().get(CERTS + "?type=client|server_ca&svm.name=vs0")
                .then().statusCode(200).extract().path("records.uuid"));
    }

    @Test
    void rawComparisonsFilterLikeEncodedOnes() {
        Answer greater = RawHttp.get(CERTS + "?serial_number=>1A2B3C4D5E6F0005");
        assertEquals(200, greater.status(), greater.body());
        assertEquals(1, greater.json().getInt("num_records"));
        Answer atMost = RawHttp.get(CERTS + "?serial_number=<=1A2B3C4D5E6F0002");
        assertEquals(2, atMost.json().getInt("num_records"));
    }

    @Test
    void rawBracketsAndBracesReachTheFilter() {
        Answer brackets = RawHttp.get(CERTS + "?name=[x]");
        assertEquals(200, brackets.status(), brackets.body());
        assertEquals(0, brackets.json().getInt("num_records"));
        Answer braces = RawHttp.get(CERTS + "?name={x}");
        assertEquals(200, braces.status(), braces.body());
        assertEquals(0, braces.json().getInt("num_records"));
    }

    @Test
    void linksOfARawQueryAreValidUris() {
        Answer page = RawHttp.get(CERTS + "?type=client|server_ca&max_records=1");
        assertEquals(CERTS + "?type=client%7Cserver_ca&max_records=1", page.json().getString("_links.self.href"));
        assertEquals(200, RawHttp.get(page.json().getString("_links.next.href")).status());
    }

    @Test
    void aPercentWithoutTwoHexDigitsIsAnInvalidValue() {
        assertInvalidUri(RawHttp.get(CERTS + "?name=%ZZ"));
        assertInvalidUri(RawHttp.get(CERTS + "?name=abc%4"));
        assertInvalidUri(RawHttp.get("/api/svm/svms/%G0"));
    }

    @Test
    void bytesThatAreNotUtf8AreAnInvalidValue() {
        assertInvalidUri(RawHttp.get(CERTS + "?name=%C3%28"));
        byte[] latin1 = (CERTS + "?name=caf\u00e9").getBytes(StandardCharsets.ISO_8859_1);
        assertInvalidUri(RawHttp.send("GET", latin1));
    }

    @Test
    void rawUtf8IsReadLikeItsEncodedForm() {
        Answer answer = RawHttp.send("GET", (CERTS + "?svm.name=" + Inventory.VS0 + "&name=caf\u00e9")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(200, answer.status(), answer.body());
        assertEquals(0, answer.json().getInt("num_records"));
    }

    @Test
    void aBodyOverTheSizeLimitIsRefusedInTheEnvelope() {
        Answer answer = RawHttp.send("POST", "/api/security/key-managers".getBytes(StandardCharsets.US_ASCII),
                "Content-Type: application/json\r\nContent-Length: 999999999\r\n");
        assertEquals(413, answer.status(), answer.body());
        assertEquals("application/hal+json", answer.header("Content-Type"));
        assertEquals("262185", answer.json().getString("error.code"));
        assertEquals("body", answer.json().getString("error.target"));
        assertEquals(0, api().get("/api/security/key-managers").then().extract().<Integer>path("num_records"));
    }

    @Test
    void theControlApiReadsRawCharactersToo() {
        assertEquals(200, RawHttp.get("/_mock/requests?path=/api/x|y").status());
        assertInvalidUri(RawHttp.get("/_mock/requests?path=%ZZ"));
    }

    private static void assertInvalidUri(Answer answer) {
        assertEquals(400, answer.status(), answer.body());
        assertEquals("application/hal+json", answer.header("Content-Type"));
        assertEquals("262185", answer.json().getString("error.code"));
        assertEquals("uri", answer.json().getString("error.target"));
    }
}
