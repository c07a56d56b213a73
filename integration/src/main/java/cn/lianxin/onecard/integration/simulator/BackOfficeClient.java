package cn.lianxin.onecard.integration.simulator;

import cn.lianxin.onecard.integration.format.TransactionType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;

/** What the simulator reads from a running back office over its REST API, as one staff user. */
final class BackOfficeClient {

    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("uuuuMM");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String authorization;

    BackOfficeClient(String base, String user, String password) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The community's property centre. */
    String centreOf(String community) {
        return (String) object(get("/api/communities/" + community)).get("centreId");
    }

    /** The community's active fee terminals, each as its JSON object (terminalId, psamId, channel, sftp…). */
    List<Map<String, Object>> feeTerminals(String community) {
        JsonObject page = object(get("/api/terminals?communityId=" + community + "&kind=FEE_TERMINAL&active=true&size=500"));
        List<Map<String, Object>> terminals = new ArrayList<>();
        for (Object item : (JsonArray) page.get("items")) {
            terminals.add((JsonObject) item);
        }
        return terminals;
    }

    /** The community's active cards with their shadow accounts. */
    List<SimulatedCard> cards(String community) {
        List<SimulatedCard> cards = new ArrayList<>();
        for (Object item : array(get("/api/communities/" + community + "/cards"))) {
            JsonObject card = (JsonObject) item;
            if ("ACTIVE".equals(card.get("status"))) {
                cards.add(new SimulatedCard((String) card.get("cardNo"), (String) card.get("uid"),
                        (String) card.get("householdId"), number(card, "shadowBalanceFen"), (int) number(card, "shadowCounter")));
            }
        }
        return cards;
    }

    /** The community's open bills of {@code period}. */
    List<SimulatedBill> openBills(String community, YearMonth period) {
        List<SimulatedBill> bills = new ArrayList<>();
        for (Object item : array(get("/api/communities/" + community + "/bills?status=OPEN&period=" + PERIOD.format(period)))) {
            JsonObject bill = (JsonObject) item;
            TransactionType kind = switch ((String) bill.get("billKind")) {
                case "PROPERTY" -> TransactionType.PROPERTY_FEE;
                case "PARKING" -> TransactionType.PARKING_FEE;
                default -> TransactionType.OTHER_SERVICE;
            };
            bills.add(new SimulatedBill((String) bill.get("householdId"), YearMonth.parse((String) bill.get("billingPeriod"), PERIOD),
                    kind, number(bill, "amountFen") - number(bill, "paidFen")));
        }
        return bills;
    }

    /**
     * The batch sequence the centre expects next from the community: one past the highest of its
     * uploads accepted whole or in part ({@code GET /api/uploads}); 1 when there is none, or when
     * the back office has no upload API.
     */
    int nextBatchSequence(String community) {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(URI.create(base + "/api/uploads?community=" + community
                + "&limit=1000")).header("Authorization", authorization).header("Accept", "application/json").GET());
        if (response.statusCode() != 200) {
            return 1;
        }
        int highest = 0;
        for (Object item : array(new String(response.body(), StandardCharsets.UTF_8))) {
            JsonObject upload = (JsonObject) item;
            Object sequence = upload.get("batchSequence");
            if (sequence instanceof Number number && ("A".equals(upload.get("status")) || "P".equals(upload.get("status")))) {
                highest = Math.max(highest, number.intValue());
            }
        }
        return highest + 1;
    }

    /** The blacklist versions the centre made for the community, each with {@code version}, {@code fileName}, {@code confirmed}. */
    List<Map<String, Object>> blacklistVersions(String community) {
        List<Map<String, Object>> versions = new ArrayList<>();
        for (Object item : array(get("/api/communities/" + community + "/blacklist/versions"))) {
            versions.add((JsonObject) item);
        }
        return versions;
    }

    /** One download's bytes, pulled as an HTTP community does. */
    byte[] pull(String community, String fileName) {
        return get("/api/communities/" + community + "/downloads/" + fileName).getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * PUTs a community file — a consumption upload or a blacklist confirmation — as an HTTP
     * community does, through its one channel; returns the status and the body.
     */
    HttpResponse<byte[]> putUpload(String community, String fileName, byte[] content) {
        return put("/api/communities/" + community + "/uploads/" + fileName, content);
    }

    private HttpResponse<byte[]> put(String path, byte[] content) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", authorization).header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    private String get(String path) {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", authorization).header("Accept", "application/json").GET());
        String body = new String(response.body(), StandardCharsets.UTF_8);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + base + path + " answered " + response.statusCode() + ": " + body);
        }
        return body;
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach the back office at " + base + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonObject object(String json) {
        return Jsoner.deserialize(json, (JsonObject) null);
    }

    private static JsonArray array(String json) {
        return Jsoner.deserialize(json, (JsonArray) null);
    }

    private static long number(JsonObject object, String key) {
        return ((Number) object.get(key)).longValue();
    }
}
