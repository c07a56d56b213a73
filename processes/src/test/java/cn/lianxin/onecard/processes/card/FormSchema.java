package cn.lianxin.onecard.processes.card;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.JsonUtil;

/** Reads a Camunda Forms (form-js) schema; uses the JSON reader the engine itself deploys forms with. */
public final class FormSchema {

    private FormSchema() {
    }

    public static Map<String, Object> parse(String json) {
        return JsonUtil.asMap(JsonUtil.asObject(json));
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> components(Map<String, Object> form) {
        return (List<Map<String, Object>>) form.get("components");
    }

    public static List<Map<String, Object>> keyedFields(Map<String, Object> form) {
        return components(form).stream().filter(c -> c.get("key") != null).toList();
    }

    public static List<String> keysOfDisabledFields(Map<String, Object> form) {
        return keyedFields(form).stream().filter(c -> Boolean.TRUE.equals(c.get("disabled")))
                .map(c -> (String) c.get("key")).toList();
    }

    public static List<String> keysOfEditableFields(Map<String, Object> form) {
        return keyedFields(form).stream().filter(c -> !Boolean.TRUE.equals(c.get("disabled")))
                .map(c -> (String) c.get("key")).toList();
    }

    @SuppressWarnings("unchecked")
    public static List<String> requiredKeys(Map<String, Object> form) {
        return keyedFields(form).stream()
                .filter(c -> c.get("validate") instanceof Map<?, ?> v && Boolean.TRUE.equals(v.get("required")))
                .map(c -> (String) c.get("key")).toList();
    }

    @SuppressWarnings("unchecked")
    public static List<String> radioValues(Map<String, Object> form, String key) {
        Map<String, Object> radio = keyedFields(form).stream().filter(c -> key.equals(c.get("key"))).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + key));
        return ((List<Map<String, Object>>) radio.get("values")).stream().map(v -> (String) v.get("value")).toList();
    }
}
