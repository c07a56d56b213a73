package cn.lianxin.onecard.app.system;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** What the browser tests know of the Camunda webapps: our translations, and what fails on purpose. */
final class Webapps {

    private Webapps() {
    }

    /** The label our zh-CN translation gives {@code key} in {@code app} (tasklist, cockpit, admin, welcome). */
    static String label(String app, String key) {
        String path = "/META-INF/resources/webjars/camunda/app/" + app + "/locales/zh-CN.json";
        try (InputStream in = Webapps.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the class path");
            }
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return JsonPath.read(json, "$.labels." + key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Answers the webapps ask for before anyone has logged in: the current user of each app is
     * 404 (nobody), and the engine's and authorizations' calls before login are 401.
     */
    static boolean expectedBeforeLogin(String url, int status) {
        return (status == 404 || status == 401) && url.contains("/camunda/api/admin/auth/user/default");
    }

    /** The browser reports each expected answer above as a console error too, located at its URL. */
    static boolean expectedConsoleError(String text, String location) {
        return text.startsWith("Failed to load resource: the server responded with a status of 40")
                && location != null && location.contains("/camunda/api/admin/auth/user/default");
    }
}
