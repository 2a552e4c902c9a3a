package de.ddnhamburg.network.load;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Vaadin Flow's client-server protocol (UIDL) in Gatling's Java DSL, as the browser speaks it: the
 * bootstrap page, {@code v-r=init} for a new UI, then JSON messages that carry the UI's
 * {@code csrfToken} ({@code Vaadin-Security-Key}), the last {@code syncId} the client saw and the
 * {@code clientId} the server expects next; both are copied from every answer, never counted here.
 * Components are addressed by their state-node id, which is looked up in the answers by the element
 * id the views set ({@code setId}), never hard-coded. Every answer is checked for Vaadin's error
 * answers, which come with HTTP 200: {@code appError} (a synchronisation error, a wrong token),
 * {@code sessionExpired} and a resynchronisation.
 *
 * <p>Request names start with {@code ui:} for round trips that only touch the UI's state and with
 * {@code db:} for those that call services and the database (docs/benchmarks.md, "Load tests").
 */
final class Uidl {

    static final String DEMO_PASSWORD = "ddn-demo-passwort";

    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json; charset=UTF-8");
    private static final String UIDL = "/?v-r=uidl&v-uiId=#{uiId}";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Uidl() {}

    /** The session attribute that holds the state-node id of the element with this id. */
    static String node(String elementId) {
        return "node_" + elementId.replace('-', '_');
    }

    /** The EL expression of {@link #node(String)}. */
    static String nodeEl(String elementId) {
        return "#{" + node(elementId) + "}";
    }

    /** Checks on every UIDL answer: healthy, and the values the next message must carry. */
    private static CheckBuilder[] answerChecks() {
        return new CheckBuilder[] {
            status().is(200),
            substring("\"appError\"").notExists(),
            substring("\"sessionExpired\"").notExists(),
            substring("\"resynchronize\"").notExists(),
            jsonPath("$.syncId").ofInt().gte(0).saveAs("syncId"),
            jsonPath("$.clientId").ofInt().saveAs("clientId")
        };
    }

    /** Saves the state-node id of each element id; the request fails if one is missing. */
    static CheckBuilder[] nodes(String... elementIds) {
        return Arrays.stream(elementIds)
                .map(id -> jsonPath("$.changes[?(@.key=='id' && @.value=='" + id + "')].node")
                        .ofInt()
                        .saveAs(node(id)))
                .toArray(CheckBuilder[]::new);
    }

    /** The element with this id is in the answer (a result the journey expects). */
    static CheckBuilder shows(String elementId) {
        return jsonPath("$.changes[?(@.key=='id' && @.value=='" + elementId + "')]")
                .exists();
    }

    /**
     * The UI's push mode when this answer changes it ({@code changes} is the JSON path of the
     * answer's state changes); the session keeps the last one seen, as Vaadin's client does.
     */
    static CheckBuilder pushMode(String changes) {
        return jsonPath(changes + "[?(@.key=='pushMode')].value").optional().saveAs("pushMode");
    }

    /** Whether the UI's push mode, as last seen in an answer, is on: then the browser holds a WebSocket. */
    static boolean pushOn(Session session) {
        return session.contains("pushMode") && !"DISABLED".equals(session.getString("pushMode"));
    }

    /** Keeps the answer, for choices made in Java (links, radio buttons). */
    static CheckBuilder keepAnswer() {
        return bodyString().saveAs("answer");
    }

    /** One UIDL message with these RPC invocations (JSON, Gatling EL allowed). */
    static HttpRequestActionBuilder message(String name, String... rpcs) {
        return http(name)
                .post(UIDL)
                .headers(JSON)
                .body(io.gatling.javaapi.core.CoreDsl.StringBody("{\"csrfToken\":\"#{csrf}\",\"rpc\":["
                        + String.join(",", rpcs) + "],\"syncId\":#{syncId},\"clientId\":#{clientId}}"))
                .check(answerChecks());
    }

    /**
     * A page load as a browser does it: the bootstrap page, a new UI ({@code v-r=init}) and the
     * navigation event that renders the route into it. The answer to the navigation is checked
     * with {@code checks}.
     */
    static ChainBuilder load(String name, String route, CheckBuilder... checks) {
        return exec(
                        http("ui: page " + name).get("/" + route).check(status().is(200)),
                        http("ui: init " + name)
                                .get("/?v-r=init&location=" + route + "&query=")
                                .check(
                                        status().is(200),
                                        jsonPath("$.appConfig['v-uiId']")
                                                .ofInt()
                                                .saveAs("uiId"),
                                        jsonPath("$.appConfig.uidl['Vaadin-Security-Key']")
                                                .saveAs("csrf"),
                                        jsonPath("$.appConfig.uidl.syncId")
                                                .ofInt()
                                                .saveAs("syncId"),
                                        jsonPath("$.appConfig.uidl.clientId")
                                                .ofInt()
                                                .saveAs("clientId"),
                                        // For a journey that opens the push connection (MemorySimulation).
                                        jsonPath("$.appConfig.uidl['Vaadin-Push-ID']")
                                                .optional()
                                                .saveAs("pushId"),
                                        pushMode("$.appConfig.uidl.changes")))
                .exec(session -> session.set("promise", 0).set("historyIndex", 0))
                .exec(navigate("db: " + name, "'" + route + "'", checks));
    }

    /**
     * A click on a router link inside the open UI: the client-side navigation event. {@code routeEl}
     * is a Gatling EL expression or a quoted literal of the route without leading slash.
     */
    static HttpRequestActionBuilder navigate(String name, String routeEl, CheckBuilder... checks) {
        String route = routeEl.startsWith("'") ? routeEl.substring(1, routeEl.length() - 1) : routeEl;
        return message(
                        name,
                        "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                                + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":#{historyIndex}},"
                                + "\"trigger\":\"\"}}")
                .check(checks);
    }

    /** Counts the browser's history entries, which each navigation event carries. */
    static ChainBuilder nextHistoryEntry() {
        return exec(session -> session.set("historyIndex", session.getInt("historyIndex") + 1));
    }

    /** A click on the component whose node id {@link #nodes} saved under this element id. */
    static String click(String elementId) {
        return "{\"type\":\"event\",\"node\":" + nodeEl(elementId) + ",\"event\":\"click\",\"data\":{"
                + "\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,\"event.ctrlKey\":false,"
                + "\"event.clientX\":120,\"event.clientY\":300,\"event.altKey\":false,\"event.button\":0,"
                + "\"event.screenY\":400,\"event.screenX\":140}}";
    }

    /** A property the browser synchronises (a field's value, a checkbox's checked), as text. */
    static String sync(String elementId, String property, String jsonValue) {
        return "{\"type\":\"mSync\",\"node\":" + nodeEl(elementId) + ",\"feature\":1,\"property\":\"" + property
                + "\",\"value\":" + jsonValue + "}";
    }

    /** The DOM event that follows a property change in the browser (input, value-changed, checked-changed). */
    static String event(String elementId, String event) {
        return "{\"type\":\"event\",\"node\":" + nodeEl(elementId) + ",\"event\":\"" + event + "\",\"data\":{}}";
    }

    /** A call of a {@code @ClientCallable}/published method, e.g. a list's {@code setViewportRange}. */
    static String call(String elementId, String method, String arguments) {
        return "{\"type\":\"publishedEventHandler\",\"node\":" + nodeEl(elementId)
                + ",\"templateEventMethodName\":\"" + method + "\",\"templateEventMethodArgs\":[" + arguments
                + "],\"promise\":#{promise}}";
    }

    /** Advances the per-UI counter of published-method calls. */
    static ChainBuilder nextPromise() {
        return exec(session -> session.set("promise", session.getInt("promise") + 1));
    }

    /** The update id that a Grid's data push asks the client to confirm; without it, no more rows come. */
    static CheckBuilder gridUpdate(String gridElementId) {
        return gridUpdate(gridElementId, false);
    }

    /** As {@link #gridUpdate(String)}; {@code optional} for a request after which the grid may send nothing. */
    static CheckBuilder gridUpdate(String gridElementId, boolean optional) {
        var find = regex("\"@v-node\":\\s*" + nodeEl(gridElementId)
                + "\\},\\s*(\\d+),\\s*\"return \\$0\\.\\$connector\\.confirm\\(\\$1\\)\"");
        return optional ? find.optional().saveAs("gridUpdate") : find.saveAs("gridUpdate");
    }

    /** Confirms the Grid's last data push, as the grid connector does. */
    static ChainBuilder confirmGrid(String gridElementId) {
        return exec(message("ui: grid confirm", call(gridElementId, "confirmUpdate", "#{gridUpdate}")))
                .exec(nextPromise());
    }

    /** Spring Security's form login, with the CSRF token from the login page's meta tag. */
    static ChainBuilder login() {
        return exec(
                http("ui: page login")
                        .get("/login")
                        .check(
                                status().is(200),
                                css("meta[name='_csrf']", "content").saveAs("springCsrf")),
                http("db: login")
                        .post("/login")
                        .formParam("username", "#{email}")
                        .formParam("password", DEMO_PASSWORD)
                        .formParam("_csrf", "#{springCsrf}")
                        // Success goes to the member start page, which the journey loads next; a failure to
                        // /login?error.
                        .disableFollowRedirect()
                        .check(
                                status().is(302),
                                headerRegex("Location", ".*/start$").exists()));
    }

    /** The hrefs in the last kept answer that match {@code pattern} (e.g. {@code veranstaltungen/\d+}). */
    static List<String> links(Session session, String pattern) {
        List<String> found = new ArrayList<>();
        for (JsonNode change : changes(session)) {
            if ("href".equals(change.path("key").asString(""))) {
                String value = change.path("value").asString("");
                if (value.matches(pattern) && !found.contains(value)) {
                    found.add(value);
                }
            }
        }
        // Lists drawn by a LitRenderer (the directory) send their links as item data, not as elements:
        // {"key": "3", "lr_<renderer>_href": "mitglieder/42", ...} among the answer's "execute" calls.
        List<JsonNode> pending = new ArrayList<>();
        MAPPER.readTree(session.getString("answer")).path("execute").forEach(pending::add);
        while (!pending.isEmpty()) {
            JsonNode node = pending.remove(pending.size() - 1);
            if (node.isObject()) {
                for (var property : node.properties()) {
                    String value =
                            property.getValue().isString() ? property.getValue().asString() : "";
                    if (property.getKey().endsWith("_href") && value.matches(pattern) && !found.contains(value)) {
                        found.add(value);
                    }
                }
            }
            node.forEach(pending::add);
        }
        return found;
    }

    /** The element ids in the last kept answer that start with {@code prefix}, with their node ids. */
    static Map<String, Integer> elementsStartingWith(Session session, String prefix) {
        return changes(session).stream()
                .filter(change -> "id".equals(change.path("key").asString(""))
                        && change.path("value").asString("").startsWith(prefix))
                .collect(Collectors.toMap(
                        change -> change.path("value").asString(),
                        change -> change.path("node").asInt(),
                        (first, second) -> second));
    }

    /** The {@code value} properties of the children of a radio group, i.e. the keys a choice sends. */
    static List<String> radioValues(Session session, int groupNode) {
        List<JsonNode> changes = changes(session);
        List<Integer> children = new ArrayList<>();
        for (JsonNode change : changes) {
            if (change.path("node").asInt() == groupNode
                    && "splice".equals(change.path("type").asString(""))) {
                change.path("addNodes").forEach(child -> children.add(child.asInt()));
            }
        }
        List<String> values = new ArrayList<>();
        for (JsonNode change : changes) {
            if (children.contains(change.path("node").asInt())
                    && "value".equals(change.path("key").asString(""))
                    && change.path("feat").asInt() == 1) {
                values.add(change.path("value").asString());
            }
        }
        return values;
    }

    static <T> T anyOf(List<T> choices) {
        return choices.get(ThreadLocalRandom.current().nextInt(choices.size()));
    }

    private static List<JsonNode> changes(Session session) {
        List<JsonNode> changes = new ArrayList<>();
        MAPPER.readTree(session.getString("answer")).path("changes").forEach(changes::add);
        return changes;
    }
}
